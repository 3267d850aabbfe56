using CoachLens.Reports;
using CoachLens.Scoring;

namespace CoachLens.Web.Data;

/// <summary>The numbers of one report that the progress dashboard draws. No client text, so it is stored in the clear.</summary>
public sealed record ReportSummary(
    double CoachTalkShare,
    double OpenQuestionShare,
    int Observed,
    int Assessable,
    IReadOnlyList<CompetencyCoverage> Competencies)
{
    /// <summary>Present when the report has a trust section.</summary>
    public TrustMeasures? Trust { get; init; }

    public static ReportSummary Of(AnalysisReport report) => new(
        report.Metrics.CoachTalkShare,
        report.Metrics.OpenQuestionShare,
        report.Markers.Count(m => m.Status == MarkerStatus.Observed),
        report.Markers.Count(m => m.Status != MarkerStatus.NotAssessable),
        report.Competencies.Select(c => new CompetencyCoverage(c.Id, c.Observed, c.Assessable)).ToArray());
}

/// <summary>How many of a competency's markers a session showed.</summary>
public sealed record CompetencyCoverage(string Id, int Observed, int Assessable);
