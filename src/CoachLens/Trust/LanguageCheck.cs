using CoachLens.Scoring;

namespace CoachLens.Trust;

/// <summary>
/// Whether the coach keeps the client's own words (sub-item 4.2): coach turns that give the client's words
/// back, and turns that put a label of the coach's on the client's experience.
/// </summary>
public sealed record LanguageCheck(int KeptWords, int Relabelled, IReadOnlyList<Evidence> KeptExamples, IReadOnlyList<Evidence> RelabelExamples);
