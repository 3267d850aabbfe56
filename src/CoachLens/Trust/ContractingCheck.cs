namespace CoachLens.Trust;

/// <summary>
/// Whether contracting happened in this session and, if so, which topics it covered and which it missed.
/// A first session should cover all of them.
/// </summary>
public sealed record ContractingCheck(
    bool Happened,
    bool FirstSession,
    IReadOnlyList<ContractingTopic> Topics,
    IReadOnlyList<string> Covered,
    IReadOnlyList<string> Missing,
    string Note);
