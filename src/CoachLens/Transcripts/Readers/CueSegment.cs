namespace CoachLens.Transcripts.Readers;

/// <summary>Text in a cue; Label is the speaker prefix ("Maria: "), Voice a WebVTT voice tag, both null when unlabelled.</summary>
internal sealed record CueSegment(string? Label, string? Voice, string Text);
