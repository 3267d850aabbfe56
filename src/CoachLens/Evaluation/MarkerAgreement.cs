using CoachLens.Scoring;

namespace CoachLens.Evaluation;

/// <summary>One session's marker statuses, gold against predicted, and the two levels.</summary>
public sealed record SessionComparison(
    string Session,
    IReadOnlyDictionary<string, string> Gold,
    IReadOnlyDictionary<string, string> Predicted,
    string GoldLevel,
    string PredictedLevel);

/// <summary>Agreement on one marker across sessions.</summary>
public sealed record MarkerScore(string Marker, int Sessions, int Agree, IReadOnlyList<string> Wrong)
{
    public double Accuracy => Sessions == 0 ? 0 : (double)Agree / Sessions;
}

/// <summary>The whole comparison: per-marker and overall agreement, Cohen's kappa, level-lens hits.</summary>
public sealed record MarkerAgreementResult(
    IReadOnlyList<MarkerScore> Markers,
    int Pairs,
    int Agree,
    double Accuracy,
    double Kappa,
    int LevelHits,
    int Sessions,
    IReadOnlyList<string> LevelMisses);

/// <summary>Compares predicted marker statuses with expert gold: accuracy and Cohen's kappa over all (session, marker) pairs.</summary>
public static class MarkerAgreement
{
    private static readonly string[] Statuses = [MarkerStatus.Observed, MarkerStatus.Partial, MarkerStatus.NotObserved, MarkerStatus.NotAssessable];

    public static MarkerAgreementResult Compare(IReadOnlyList<SessionComparison> sessions)
    {
        var pairs = sessions
            .SelectMany(s => s.Gold.Select(g => (s.Session, Marker: g.Key, Gold: g.Value, Predicted: s.Predicted.GetValueOrDefault(g.Key, "missing"))))
            .ToList();
        var markers = pairs.GroupBy(p => p.Marker).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new MarkerScore(
                g.Key,
                g.Count(),
                g.Count(p => p.Gold == p.Predicted),
                g.Where(p => p.Gold != p.Predicted).Select(p => $"{p.Session}: gold {p.Gold}, got {p.Predicted}").ToList()))
            .ToList();
        var agree = pairs.Count(p => p.Gold == p.Predicted);
        var levelMisses = sessions.Where(s => s.GoldLevel != s.PredictedLevel).Select(s => $"{s.Session}: gold {s.GoldLevel}, got {s.PredictedLevel}").ToList();
        return new MarkerAgreementResult(
            markers,
            pairs.Count,
            agree,
            pairs.Count == 0 ? 0 : (double)agree / pairs.Count,
            Kappa(pairs.Select(p => (p.Gold, p.Predicted)).ToList()),
            sessions.Count - levelMisses.Count,
            sessions.Count,
            levelMisses);
    }

    /// <summary>Cohen's kappa: agreement beyond what the two label distributions give by chance.</summary>
    public static double Kappa(IReadOnlyList<(string A, string B)> pairs)
    {
        if (pairs.Count == 0)
        {
            return 0;
        }

        var n = (double)pairs.Count;
        var observed = pairs.Count(p => p.A == p.B) / n;
        var labels = Statuses.Concat(pairs.SelectMany(p => new[] { p.A, p.B })).Distinct();
        var expected = labels.Sum(l => pairs.Count(p => p.A == l) / n * (pairs.Count(p => p.B == l) / n));
        return expected >= 1 ? 1 : (observed - expected) / (1 - expected);
    }
}
