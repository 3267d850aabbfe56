namespace CoachLens.Transcripts.Readers;

/// <summary>One timed caption (WebVTT or SubRip) split into the parts each speaker says in it.</summary>
/// <param name="Line">The 1-based line of the timing, for error messages.</param>
internal sealed record Cue(int Line, double Start, double End, IReadOnlyList<CueSegment> Segments);
