using CoachLens.Scoring;

namespace CoachLens.Trust;

/// <summary>A Competency 4 PCC marker (4.1–4.4) as judged in the marker section, shown beside the sub-items.</summary>
public sealed record MarkerLink(string Id, string Text, string Status, IReadOnlyList<Evidence> Evidence);
