namespace CoachLens.Web.Data;

/// <summary>A mentor's judgement of one marker in one report version, kept beside the automatic one.</summary>
public sealed class MarkerReview
{
    public string Id { get; set; } = Ids.New();

    public string SessionId { get; set; } = "";

    public string ReportVersionId { get; set; } = "";

    public string MarkerId { get; set; } = "";

    public string ReviewerId { get; set; } = "";

    /// <summary>"agree" or "disagree".</summary>
    public string Verdict { get; set; } = "";

    /// <summary>The status the mentor would give instead, or null.</summary>
    public string? OverrideStatus { get; set; }

    public string? Comment { get; set; }

    public DateTime UpdatedAt { get; set; }
}
