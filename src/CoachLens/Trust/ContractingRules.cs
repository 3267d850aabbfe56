namespace CoachLens.Trust;

/// <summary>What a coaching agreement covers and how to recognise it (Trust/Data/contracting.data.json).</summary>
public sealed record ContractingRules(string Version, Cue FirstSession, IReadOnlyList<Cue> Topics);
