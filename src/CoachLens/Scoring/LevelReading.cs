namespace CoachLens.Scoring;

/// <summary>How the session reads against one level's expectations, with the reasons both ways.</summary>
public sealed record LevelReading(string Level, bool Meets, IReadOnlyList<string> EvidenceFor, IReadOnlyList<string> EvidenceAgainst);

/// <summary>
/// The level lens: the level the session reads closest to, explicitly not a pass/fail verdict.
/// </summary>
public sealed record LevelLens(string ClosestLevel, string Label, IReadOnlyList<LevelReading> Levels, string Caveat);
