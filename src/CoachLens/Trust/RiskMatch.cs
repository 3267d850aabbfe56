namespace CoachLens.Trust;

/// <summary>Where a risk cue fires in a turn's spoken text.</summary>
public sealed record RiskMatch(Cue Cue, int Position, int Length);
