namespace CoachLens.Transcripts;

/// <summary>Who a speaker is in the coaching conversation.</summary>
public enum Role
{
    Unknown,
    Coach,
    Client,
}
