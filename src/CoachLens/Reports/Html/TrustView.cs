using CoachLens.Reports.Charts;

namespace CoachLens.Reports.Html;

/// <summary>A moment of the trust analysis as the page shows it: where, what kind, which coach move before it, and the note.</summary>
public sealed record TrustMoment(int Turn, string Kind, int? CauseTurn, string Note);

/// <summary>
/// What the trust section draws when a report carries a trust analysis: the client's openness per turn
/// and the moments where it rose, dropped, was repaired or showed risk.
/// </summary>
public sealed record TrustView(IReadOnlyList<TrajectoryPoint> Trajectory, IReadOnlyList<TrustMoment> Moments)
{
    /// <summary>The report's trust analysis: each client turn's openness and the moments; null for a report read from older JSON without one.</summary>
    public static TrustView? From(AnalysisReport report) =>
        report.Trust is not { } trust
            ? null
            : new TrustView(
                trust.Trajectory.Select(p => new TrajectoryPoint(p.Turn, p.Openness)).ToList(),
                trust.Moments.Select(m => new TrustMoment(m.Turn, m.Kind, m.CauseTurn, m.Note)).ToList());
}
