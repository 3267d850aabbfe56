using CoachLens.Localization;
using CoachLens.Rubrics;

namespace CoachLens.Scoring;

/// <summary>Reads the session against the rubric's level expectations (ACC, PCC, MCC), in order.</summary>
public static class LevelLensBuilder
{
    private static readonly string[] StatusRank = [MarkerStatus.NotObserved, MarkerStatus.Partial, MarkerStatus.Observed];

    public static LevelLens Build(Rubric rubric, IReadOnlyList<MarkerResult> markers, SessionMetrics metrics, EthicsSignals ethics, int stackedOrLeadingTurns, int trustBreakerTurns)
    {
        var texts = Texts.For(rubric.Language);
        var values = Values(markers, metrics, stackedOrLeadingTurns);
        values["trustBreakerTurns"] = trustBreakerTurns;
        var readings = new List<LevelReading>();
        var closest = "below_ACC";
        var stillClimbing = true;
        foreach (var level in rubric.Levels)
        {
            var met = new List<string>();
            var unmet = new List<string>();
            var essentialMissed = false;
            foreach (var c in level.Criteria)
            {
                var (ok, detail) = Check(c, markers, values, ethics, texts);
                (ok ? met : unmet).Add($"{c.Text} ({detail})");
                essentialMissed |= !ok && c.Essential;
            }

            var meets = !essentialMissed && met.Count >= level.MinMet * level.Criteria.Count;
            readings.Add(new LevelReading(level.Level, meets, met, unmet));
            stillClimbing &= meets;
            if (stillClimbing)
            {
                closest = level.Level;
            }
        }

        return new LevelLens(closest, texts["lens.label"], readings, rubric.LevelCaveat);
    }

    private static Dictionary<string, double> Values(IReadOnlyList<MarkerResult> markers, SessionMetrics metrics, int stackedOrLeadingTurns)
    {
        var assessable = markers.Where(m => m.Status != MarkerStatus.NotAssessable).ToList();
        var shown = assessable.Sum(m => m.Status == MarkerStatus.Observed ? 1.0 : m.Status == MarkerStatus.Partial ? 0.5 : 0.0);
        return new Dictionary<string, double>(StringComparer.Ordinal)
        {
            ["markerShare"] = assessable.Count == 0 ? 0 : Math.Round(shown / assessable.Count, 3),
            ["coachTalkShare"] = metrics.CoachTalkShare,
            ["openQuestionShare"] = metrics.OpenQuestionShare,
            ["closedShare"] = metrics.Questions == 0 ? 0 : Math.Round((double)metrics.ClosedQuestions / metrics.Questions, 3),
            ["stackedOrLeadingTurns"] = stackedOrLeadingTurns,
        };
    }

    private static (bool Ok, string Detail) Check(LevelCriterion c, IReadOnlyList<MarkerResult> markers, Dictionary<string, double> values, EthicsSignals ethics, Texts texts)
    {
        if (c.Marker is not null || c.AnyMarker is not null)
        {
            var ids = c.AnyMarker ?? [c.Marker!];
            var found = markers.Where(m => ids.Contains(m.Id)).ToList();
            var need = Array.IndexOf(StatusRank, c.AtLeast ?? MarkerStatus.Observed);
            var ok = found.Any(m => Array.IndexOf(StatusRank, m.Status) >= need);
            return (ok, string.Join(", ", found.Select(m => $"{m.Id} {texts.Status(m.Status)}")));
        }

        if (c.Flag is not null)
        {
            var value = c.Flag switch
            {
                "consultingMode" => ethics.ConsultingMode,
                "therapyMode" => ethics.TherapyMode,
                "riskWithoutReferral" => ethics.RiskWithoutReferral,
                _ => throw new InvalidDataException($"unknown level flag {c.Flag}"),
            };
            var detail = c.Flag == "consultingMode"
                ? texts.Format("lens.consultingDetail", ("advice", ethics.AdviceTurns), ("share", texts.Percent(ethics.AdviceShare)))
                : c.Flag == "therapyMode" ? texts.Format("lens.therapyDetail", ("count", ethics.TherapyTurns.Count)) : texts.Format("lens.riskDetail", ("count", ethics.RiskTurns.Count));
            return (value == c.Expected, detail);
        }

        var v = values.TryGetValue(c.Metric!, out var x) ? x : throw new InvalidDataException($"unknown level metric {c.Metric}");
        var pass = (c.Min is null || v >= c.Min) && (c.Max is null || v <= c.Max);
        var shown = c.Metric is "stackedOrLeadingTurns" or "trustBreakerTurns" ? texts.Number(v, "0.##") : texts.Percent(v);
        return (pass, shown);
    }
}
