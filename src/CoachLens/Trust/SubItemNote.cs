using CoachLens.Scoring;

namespace CoachLens.Trust;

/// <summary>
/// A developmental note on one Competency 4 sub-item (4.1–4.6). Not a score: sub-items 4.1 and 4.2 have no
/// PCC marker at all. <see cref="Reading"/> is "seen", "some" or "not_seen".
/// </summary>
public sealed record SubItemNote(string Id, string Text, string Reading, string Note, IReadOnlyList<Evidence> Evidence);
