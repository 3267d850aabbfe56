using System.Text.Json;
using CoachLens.Reports;

namespace CoachLens.Web.Data;

/// <summary>Reads the stored <see cref="ReportSummary"/> of a report version.</summary>
public static class SummaryJson
{
    public static ReportSummary Read(string json) =>
        JsonSerializer.Deserialize<ReportSummary>(json, JsonReport.Options) ?? new ReportSummary(0, 0, 0, 0, []);
}
