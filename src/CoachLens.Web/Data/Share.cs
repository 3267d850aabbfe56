namespace CoachLens.Web.Data;

/// <summary>A coach lets a named mentor see one session, or all of the coach's sessions when <see cref="SessionId"/> is null.</summary>
public sealed class Share
{
    public string Id { get; set; } = Ids.New();

    public string OwnerId { get; set; } = "";

    public string MentorId { get; set; } = "";

    public string? SessionId { get; set; }

    public DateTime CreatedAt { get; set; }
}
