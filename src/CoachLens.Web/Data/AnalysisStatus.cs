namespace CoachLens.Web.Data;

/// <summary>Where a session's analysis is.</summary>
public static class AnalysisStatus
{
    public const string Queued = "queued";
    public const string Running = "running";
    public const string Done = "done";
    public const string Failed = "failed";
}
