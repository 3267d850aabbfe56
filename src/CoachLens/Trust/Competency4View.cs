namespace CoachLens.Trust;

/// <summary>
/// Competency 4 as a coach develops it: the six sub-items as notes, beside the PCC markers 4.1–4.4 and the
/// ACC statements A4.1–A4.3.
/// </summary>
public sealed record Competency4View(
    IReadOnlyList<SubItemNote> SubItems,
    IReadOnlyList<MarkerLink> PccMarkers,
    IReadOnlyList<AccStatementNote> AccStatements,
    LanguageCheck Language,
    string Caveat);
