namespace CoachLens.Transcripts;

/// <summary>A coaching session transcript: the turns in order plus what is known about them.</summary>
/// <param name="Source">The file name the transcript came from (no directory).</param>
/// <param name="Format">The reader's format id, such as "text" or "webvtt".</param>
public sealed record Transcript(
    string Source,
    string Format,
    string Language,
    IReadOnlyList<Turn> Turns,
    RoleAssignment Roles)
{
    /// <summary>Set when names and contact details were replaced with placeholders (<see cref="Privacy.Redactor"/>).</summary>
    public Privacy.RedactionSummary? Redaction { get; init; }

    public bool HasTimestamps => Turns.Count > 0 && Turns.All(t => t.Start.HasValue);

    public double? DurationSeconds
    {
        get
        {
            if (!HasTimestamps)
            {
                return null;
            }

            var first = Turns[0].Start!.Value;
            var last = Turns[^1].End ?? Turns[^1].Start!.Value;
            return Math.Max(0, last - first);
        }
    }
}
