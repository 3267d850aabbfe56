namespace CoachLens.Transcripts.Writers;

/// <summary>
/// The layout the ICF asks of a submitted transcript: every turn on its own line, labelled Coach or
/// Client (other speakers by name), with a timestamp at every change of speaker.
/// </summary>
public static class IcfLayout
{
    /// <summary>One (label, text) pair a turn: the label is "Coach [00:01:02]:" or, for the same speaker again, "Coach:".</summary>
    public static IEnumerable<(string Label, string Text)> Lines(Transcript transcript)
    {
        string? previous = null;
        foreach (var turn in transcript.Turns)
        {
            var who = turn.Role switch
            {
                Role.Coach => "Coach",
                Role.Client => "Client",
                _ => turn.Speaker,
            };
            var time = turn.Start is { } s && turn.Speaker != previous ? $" [{Timestamps.Format(s)}]" : string.Empty;
            previous = turn.Speaker;
            yield return ($"{who}{time}:", turn.Text);
        }
    }
}
