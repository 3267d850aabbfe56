namespace CoachLens.Privacy;

/// <summary>That a transcript was redacted, and how many distinct things were replaced; never the originals.</summary>
/// <param name="Placeholders">Distinct placeholders used ([CLIENT], [PERSON-1], [EMAIL-1] … each counted once).</param>
/// <param name="Replacements">Places in the transcript where something was replaced.</param>
public sealed record RedactionSummary(int Placeholders, int Replacements);
