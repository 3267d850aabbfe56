namespace CoachLens.Transcripts;

/// <summary>Options for reading a transcript.</summary>
/// <param name="CoachName">The coach's speaker name when role inference should not guess.</param>
/// <param name="InputFormat">A reader's format id to use instead of detecting one.</param>
/// <param name="ClientName">The client's speaker name when role inference should not guess.</param>
public sealed record ReadOptions(string? CoachName = null, string? InputFormat = null, string? ClientName = null);
