namespace CoachLens.Transcripts;

/// <summary>One speaker turn, as read from the input (whitespace normalized).</summary>
/// <param name="Index">Zero-based position in the transcript.</param>
/// <param name="Speaker">The speaker name as normalized by the reader.</param>
/// <param name="Role">Coach, client or unknown, decided by <see cref="RoleInference"/>.</param>
/// <param name="Start">Start time in seconds, when the input has one.</param>
/// <param name="End">End time in seconds, when the input has one.</param>
/// <param name="Text">The spoken text with annotations such as [laughs] left in place.</param>
/// <param name="Annotations">Non-verbal annotations found in the text ("laughs", "pause").</param>
public sealed record Turn(
    int Index,
    string Speaker,
    Role Role,
    double? Start,
    double? End,
    string Text,
    IReadOnlyList<string> Annotations)
{
    public bool IsCoach => Role == Role.Coach;

    public bool IsClient => Role == Role.Client;
}
