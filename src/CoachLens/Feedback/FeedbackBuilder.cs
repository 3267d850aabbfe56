using System.Globalization;
using CoachLens.Detection;
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
            ? $"{marker.Id} — {rules.For(m.Id).Found.TrimEnd('.')}, but only partly: {m.Rationale}"
            : $"{marker.Id} — {m.Rationale}";
        return new GrowthArea([m.Id], text, marker.Tip, RewriteWriter.Write(marker, context), m.Evidence);
    }

    private static Strength RepairStrength(RepairAttempt r) => new(
        ["4.4"],
        $"Repair after a misstep (Competency 4) — {r.Note} Owning a misstep openly and inviting the client's view is one of the strongest trust signals a coach can give. For example: “{r.Evidence.Quote}” ({CueMarkers.Where(r.Evidence)}).",
        [r.Evidence]);

    private static IEnumerable<GrowthArea> EthicsAreas(ScoringContext context, EthicsSignals ethics, ReferralCheck? referral)
    {
        if (referral?.RiskWithoutReferral ?? ethics.RiskWithoutReferral)
        {
            var cue = referral?.RiskCues[0];
            var first = cue?.Turn ?? ethics.RiskTurns[0];
            var what = cue is null ? string.Empty : $" ({cue.Label}: “{cue.Evidence.Quote}”)";
            var response = cue is null ? "did not acknowledge it or point to other support"
                : cue.Responses.Contains("acknowledged") ? "acknowledged it but did not point to other support"
                : "moved on without acknowledging it or pointing to other support";
            yield return new GrowthArea(
                ["1"],
                $"The client said something that may signal a need beyond coaching{what}, and the session {response} (turn {first}). This comes before any marker: ICF asks coaches to refer when a need lies outside coaching (competency 1).",
                "Stop and respond to the person: name what you heard with care, ask how they are and whether they are safe, say clearly what coaching can and cannot offer, and help them reach a qualified professional or a crisis line.",
                new Rewrite(first, context.Turns[first].Turn.Start, context.Quote(first).Quote, "What you just said matters, and I want to pause our plan for it. How are you, really — are you safe right now? This may be something to bring to a doctor or a counsellor as well; can we look at who you could reach today?"),
                [context.Quote(first)]);
        }

        if (ethics.ConsultingMode)
        {
            var turns = context.Detection.TurnsWith(Behaviors.Advice).Take(3).ToList();
            yield return new GrowthArea(
                ["1", "7.3", "7.4"],
                string.Create(CultureInfo.InvariantCulture, $"The session slid into consulting mode: advice in {ethics.AdviceTurns} coach turns ({ethics.AdviceShare:P0}). At ACC level this alone is a concern, because the client's own thinking is where coaching happens."),
                "When you feel the urge to advise, turn it into a question: \"What options do you see?\" If you have something to offer, ask permission and hold it lightly.",
                turns.Count > 0 ? new Rewrite(turns[0], context.Turns[turns[0]].Turn.Start, context.QuoteCode(turns[0], Behaviors.Advice).Quote, "What options do you see here?") : null,
                turns.Select(t => context.QuoteCode(t, Behaviors.Advice)).ToList());
        }

        if (ethics.TherapyMode)
        {
            var t = ethics.TherapyTurns[0];
            yield return new GrowthArea(
                ["1"],
                "The session moved toward therapy: digging into the past, diagnoses or symptoms rather than the client's forward goal. Keep the distinction between coaching and therapy (competency 1).",
                "Acknowledge the past briefly, then bring the focus to the present and the client's goal: \"Knowing that, what do you want now?\" If the past keeps weighing in, consider a referral.",
                new Rewrite(t, context.Turns[t].Turn.Start, context.Quote(t).Quote, "Given all that, what would you like to be different from here on?"),
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
        return e is null ? $"{m.Id} — {m.Rationale}" : $"{m.Id} — {found} For example: “{e.Quote}” ({CueMarkers.Where(e)}).";
    }

    private string Summary(LevelLens lens, IReadOnlyList<Strength> strengths, IReadOnlyList<GrowthArea> growth, IReadOnlyList<MistakeSeen> mistakes)
    {
        var level = lens.ClosestLevel == "below_ACC" ? "below ACC expectations" : $"closest to {lens.ClosestLevel} expectations";
        var parts = new List<string> { $"Read as a whole, this session sits {level} — a reading to guide your practice, not a verdict." };
        if (strengths.Count > 0)
        {
            var worked = strengths.Select(s => $"{Lower(rules.For(s.Markers[0]).Found.TrimEnd('.'))} ({s.Markers[0]})");
            parts.Add($"What worked: {Join(worked)}.");
        }

        if (growth.Count > 0)
        {
            parts.Add($"For your next sessions, the most useful focus is this: {Lower(growth[0].Tip.TrimEnd('.'))} ({string.Join("/", growth[0].Markers)}).");
        }

        if (mistakes.Count > 0)
        {
            parts.Add($"Patterns to watch: {Join(mistakes.Select(x => x.Id.Replace('_', ' ')))}.");
        }

        return string.Join(" ", parts);
    }

    private static string Lower(string text) =>
        text.Length > 1 && char.IsUpper(text[0]) && !char.IsUpper(text[1]) ? char.ToLowerInvariant(text[0]) + text[1..] : text;

    private static string Join(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count <= 1 ? string.Concat(list) : string.Join("; ", list.Take(list.Count - 1)) + "; and " + list[^1];
    }
}
