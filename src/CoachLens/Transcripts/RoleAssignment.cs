namespace CoachLens.Transcripts;

/// <summary>How the coach and client speakers were decided, and how sure that is (0..1).</summary>
public sealed record RoleAssignment(
    string? CoachSpeaker,
    IReadOnlyList<string> ClientSpeakers,
    string Method,
    double Confidence,
    IReadOnlyList<string> OtherSpeakers);
