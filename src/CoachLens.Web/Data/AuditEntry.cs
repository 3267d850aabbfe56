namespace CoachLens.Web.Data;

/// <summary>One line of the append-only audit log. Never holds transcript text.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }

    public DateTime At { get; set; }

    /// <summary>Who did it (null for the system, such as the retention sweep).</summary>
    public string? ActorId { get; set; }

    /// <summary>Whose data it concerns: the account holder who sees it in their log.</summary>
    public string? OwnerId { get; set; }

    public string Action { get; set; } = "";

    public string? SessionId { get; set; }

    public string? Detail { get; set; }
}
