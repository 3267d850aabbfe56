namespace CoachLens.Web.Data;

/// <summary>One uploaded coaching session, owned by a coach. Its transcript lives encrypted in the data directory.</summary>
public sealed class CoachingSession
{
    public string Id { get; set; } = Ids.New();

    public string OwnerId { get; set; } = "";

    public string Title { get; set; } = "";

    public string FileName { get; set; } = "";

    /// <summary>The speaker the coach said is the coach; null lets CoachLens guess.</summary>
    public string? CoachSpeaker { get; set; }

    /// <summary>The coach confirmed the client gave written permission to record and analyze the session.</summary>
    public bool Consent { get; set; }

    public DateTime ConsentAt { get; set; }

    /// <summary>Names and contact details were replaced before the transcript was stored; the original was never kept.</summary>
    public bool Redacted { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>One of <see cref="AnalysisStatus"/>.</summary>
    public string Status { get; set; } = AnalysisStatus.Queued;

    /// <summary>0 to 100 while the analysis runs.</summary>
    public int Progress { get; set; }

    /// <summary>A one-line reason when the analysis failed; never transcript text.</summary>
    public string? Error { get; set; }
}
