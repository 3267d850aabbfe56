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
    /// <summary>The report's trust analysis, or null while reports have none.</summary>
    // Reports carry no "trust" field until issue 6 lands on main; then this maps report.Trust's trajectory and moments.
    public static TrustView? From(AnalysisReport report) => null;
}
