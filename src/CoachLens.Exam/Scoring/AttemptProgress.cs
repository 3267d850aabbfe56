namespace CoachLens.Exam.Scoring;

/// <summary>Progress across attempts: each attempt numbered in time order, compared with the previous one on its track (the same form, the same practice competency, or the drill).</summary>
public static class AttemptProgress
{
    public static IReadOnlyList<ProgressRow> Of(IEnumerable<Attempt> attempts)
    {
        var last = new Dictionary<string, double>(StringComparer.Ordinal);
        var rows = new List<ProgressRow>();
        foreach (var (attempt, i) in attempts.OrderBy(a => a.FinishedAt).Select((a, i) => (a, i)))
        {
            double? change = last.TryGetValue(attempt.Track, out var previous) ? attempt.Percent - previous : null;
            last[attempt.Track] = attempt.Percent;
            rows.Add(new ProgressRow(i + 1, attempt, change));
        }

        return rows;
    }
}
