using CoachLens.Scoring;

namespace CoachLens.Trust;

/// <summary>
/// A coach repairing a misstep: which parts of a full repair were there (named, owned, invited feedback,
/// recommitted), which were missing, and whether the client opened up again.
/// </summary>
public sealed record RepairAttempt(
    int Turn,
    int? MisstepTurn,
    IReadOnlyList<string> Elements,
    IReadOnlyList<string> Missing,
    Evidence Evidence,
    bool ClientReopened,
    string Note);
