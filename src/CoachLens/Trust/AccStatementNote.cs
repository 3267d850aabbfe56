using CoachLens.Scoring;

namespace CoachLens.Trust;

/// <summary>An ACC behavioral statement for Competency 4 (A4.1–A4.3) and whether the session shows it.</summary>
public sealed record AccStatementNote(string Id, string Text, bool Seen, IReadOnlyList<Evidence> Evidence);
