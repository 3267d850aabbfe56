using CoachLens.Detection;
using CoachLens.Localization;
using CoachLens.Rubrics;
using CoachLens.Scoring;
using CoachLens.Trust;

namespace CoachLens.Feedback;

/// <summary>
/// Writes the mentor's feedback from the finished judgements: what to keep doing, the three areas
/// with the most room to grow (a risk cue without a referral always first), and the mistakes seen.
/// </summary>
public sealed class FeedbackBuilder(Rubric rubric, MarkerRules rules)
{
    private readonly Texts texts = Texts.For(rubric.Language);

    public FeedbackReport Build(ScoringContext context, IReadOnlyList<MarkerResult> markers, LevelLens lens, EthicsSignals ethics, TrustReport? trust = null)
    {
        var priority = rubric.FeedbackPriority.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i, StringComparer.Ordinal);
        int Rank(string id) => priority.GetValueOrDefault(id, priority.Count);

        // A repair after a misstep is the strongest trust signal a session can show; it leads the strengths.
        var repairs = (trust?.Repairs ?? []).Take(1).Select(RepairStrength).ToList();
        var strengths = repairs.Concat(markers
            .Where(m => m.Status == MarkerStatus.Observed && (m.Evidence.Count > 0 || m.Id == "7.8"))
            .OrderBy(m => Rank(m.Id))
            .Take(3 - repairs.Count)
            .Select(m => new Strength([m.Id], StrengthText(m), m.Evidence.Take(2).ToList())))
            .ToList();

        var growth = new List<GrowthArea>();
        growth.AddRange(EthicsAreas(context, ethics, trust?.Referral));
        growth.AddRange(markers
            .Where(m => m.Status is MarkerStatus.NotObserved or MarkerStatus.Partial)
            .OrderBy(m => m.Status == MarkerStatus.NotObserved ? 0 : 1)
            .ThenBy(m => Rank(m.Id))
            .Take(3)
            .Select(m => MarkerArea(m, context)));

        var mistakes = MistakesSeen(context);
        return new FeedbackReport(Summary(lens, strengths, growth.Take(3).ToList(), mistakes), strengths, growth.Take(3).ToList(), mistakes);
    }

    private GrowthArea MarkerArea(MarkerResult m, ScoringContext context)
    {
        var marker = rubric.Marker(m.Id);
        var text = m.Status == MarkerStatus.Partial
            ? texts.Format("growth.partial", ("id", marker.Id), ("found", rules.For(m.Id).Found.TrimEnd('.')), ("rationale", m.Rationale))
            : $"{marker.Id} — {m.Rationale}";
        return new GrowthArea([m.Id], text, marker.Tip, RewriteWriter.Write(marker, context, texts), m.Evidence);
    }

    private Strength RepairStrength(RepairAttempt r) => new(
        ["4.4"],
        r.MisstepTurn is { } misstep
            ? texts.Format("strength.repair", ("turn", r.Turn), ("misstep", misstep), ("quote", r.Evidence.Quote), ("where", CueMarkers.Where(r.Evidence, texts)))
            : texts.Format("strength.repairNoMisstep", ("turn", r.Turn), ("quote", r.Evidence.Quote), ("where", CueMarkers.Where(r.Evidence, texts))),
        [r.Evidence]);

    /// <summary>The trust view's referral reading decides; without one (older callers), the ethics signals do.</summary>
    private IEnumerable<GrowthArea> EthicsAreas(ScoringContext context, EthicsSignals ethics, ReferralCheck? referral)
    {
        if (referral?.RiskWithoutReferral ?? ethics.RiskWithoutReferral)
        {
            var cue = referral?.RiskCues[0];
            var first = cue?.Turn ?? ethics.RiskTurns[0];
            var text = cue is null
                ? texts.Format("growth.risk.text", ("turn", first))
                : texts.Format(
                    cue.Responses.Contains("acknowledged") ? "growth.risk.acknowledgedOnly" : "growth.risk.movedOn",
                    ("turn", first),
                    ("quote", cue.Evidence.Quote));
            yield return new GrowthArea(
                ["1"],
                text,
                texts["growth.risk.tip"],
                new Rewrite(first, context.Turns[first].Turn.Start, context.Quote(first).Quote, texts["growth.risk.rewrite"]),
                [context.Quote(first)]);
        }

        if (ethics.ConsultingMode)
        {
            var turns = context.Detection.TurnsWith(Behaviors.Advice).Take(3).ToList();
            yield return new GrowthArea(
                ["1", "7.3", "7.4"],
                texts.Format("growth.consulting.text", ("advice", ethics.AdviceTurns), ("share", texts.Percent(ethics.AdviceShare))),
                texts["growth.consulting.tip"],
                turns.Count > 0 ? new Rewrite(turns[0], context.Turns[turns[0]].Turn.Start, context.QuoteCode(turns[0], Behaviors.Advice).Quote, texts["growth.consulting.rewrite"]) : null,
                turns.Select(t => context.QuoteCode(t, Behaviors.Advice)).ToList());
        }

        if (ethics.TherapyMode)
        {
            var t = ethics.TherapyTurns[0];
            yield return new GrowthArea(
                ["1"],
                texts["growth.therapy.text"],
                texts["growth.therapy.tip"],
                new Rewrite(t, context.Turns[t].Turn.Start, context.Quote(t).Quote, texts["growth.therapy.rewrite"]),
                ethics.TherapyTurns.Take(3).Select(i => context.Quote(i)).ToList());
        }
    }

    private IReadOnlyList<MistakeSeen> MistakesSeen(ScoringContext context)
    {
        var m = context.Metrics;
        var seen = new List<MistakeSeen>();
        foreach (var mistake in rubric.CommonMistakes)
        {
            if (mistake.Code is not null)
            {
                var turns = context.Detection.TurnsWith(mistake.Code).ToList();
                if (turns.Count >= mistake.Min)
                {
                    seen.Add(new MistakeSeen(mistake.Id, mistake.Text, mistake.Markers, turns));
                }
            }
            else
            {
                var value = mistake.Metric switch
                {
                    "coachTalkShare" => m.CoachTalkShare,
                    "closedShare" => m.Questions == 0 ? 0 : (double)m.ClosedQuestions / m.Questions,
                    _ => throw new InvalidDataException($"unknown mistake metric {mistake.Metric}"),
                };
                if (value >= mistake.Min)
                {
                    seen.Add(new MistakeSeen(mistake.Id, mistake.Text, mistake.Markers, []));
                }
            }
        }

        return seen;
    }

    private string StrengthText(MarkerResult m)
    {
        var found = rules.For(m.Id).Found;
        var e = m.Evidence.Count > 0 ? m.Evidence[0] : null;
        return e is null ? $"{m.Id} — {m.Rationale}" : texts.Format("strength.withExample", ("id", m.Id), ("found", found), ("quote", e.Quote), ("where", CueMarkers.Where(e, texts)));
    }

    private string Summary(LevelLens lens, IReadOnlyList<Strength> strengths, IReadOnlyList<GrowthArea> growth, IReadOnlyList<MistakeSeen> mistakes)
    {
        var level = lens.ClosestLevel == "below_ACC" ? texts["summary.belowAcc"] : texts.Format("summary.closestTo", ("level", lens.ClosestLevel));
        var parts = new List<string> { texts.Format("summary.level", ("level", level)) };
        if (strengths.Count > 0)
        {
            var worked = strengths.Select(s => $"{Lower(rules.For(s.Markers[0]).Found.TrimEnd('.'))} ({s.Markers[0]})");
            parts.Add(texts.Format("summary.worked", ("list", Join(worked))));
        }

        if (growth.Count > 0)
        {
            parts.Add(texts.Format("summary.focus", ("tip", Lower(growth[0].Tip.TrimEnd('.'))), ("ids", string.Join("/", growth[0].Markers))));
        }

        if (mistakes.Count > 0)
        {
            parts.Add(texts.Format("summary.patterns", ("names", Join(mistakes.Select(x => rubric.CommonMistakes.First(c => c.Id == x.Id).DisplayName)))));
        }

        return string.Join(" ", parts);
    }

    private static string Lower(string text) =>
        text.Length > 1 && char.IsUpper(text[0]) && !char.IsUpper(text[1]) ? char.ToLowerInvariant(text[0]) + text[1..] : text;

    private string Join(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count <= 1 ? string.Concat(list) : string.Join("; ", list.Take(list.Count - 1)) + "; " + texts["list.and"] + " " + list[^1];
    }
}
