namespace CoachLens.Web.Data;

/// <summary>
/// One analysis of a session. Re-analysis adds a version and keeps the earlier ones. The report JSON
/// quotes the transcript, so it is stored encrypted; <see cref="Summary"/> holds only numbers for charts.
/// </summary>
public sealed class ReportVersion
{
    public string Id { get; set; } = Ids.New();

    public string SessionId { get; set; } = "";

    public int Number { get; set; }

    public DateTime CreatedAt { get; set; }

    public string ToolVersion { get; set; } = "";

    public string RubricVersion { get; set; } = "";

    public byte[] ProtectedJson { get; set; } = [];

    /// <summary>JSON of <see cref="ReportSummary"/>: metrics and coverage, no client text.</summary>
    public string Summary { get; set; } = "{}";
}
