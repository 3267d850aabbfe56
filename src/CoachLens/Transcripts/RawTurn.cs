namespace CoachLens.Transcripts;

/// <summary>A turn as a reader found it, before roles are known.</summary>
public sealed record RawTurn(string Speaker, double? Start, double? End, string Text);
