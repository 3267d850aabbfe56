using CoachLens.Scoring;

namespace CoachLens.Trust;

/// <summary>One topic of a coaching agreement and where the coach covered it.</summary>
public sealed record ContractingTopic(string Topic, string Label, bool Covered, IReadOnlyList<Evidence> Evidence);
