namespace CoachLens.Scoring;

/// <summary>
/// Listening and evoking moves inside a pattern of trust-breakers (at least <see cref="MinTurns"/> coach
/// turns with one of <see cref="BreakerCodes"/>) count at most as partial for <see cref="Markers"/>.
/// </summary>
public sealed record QualityCap(IReadOnlyList<string> BreakerCodes, int MinTurns, IReadOnlyList<string> Markers, string Note);
