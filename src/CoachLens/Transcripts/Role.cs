namespace CoachLens.Transcripts;

/// <summary>Who a speaker is in the coaching conversation.</summary>
public enum Role
{
    Unknown,
    Coach,
    Client,

    /// <summary>A third person in the room, such as a sponsor or a line manager: neither coach nor client.</summary>
    Other,
}
