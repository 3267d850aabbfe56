using System.Text;
using CoachLens.Transcripts;

namespace CoachLens.Evaluation;

/// <summary>
/// Turns a gold document into a <see cref="Transcript"/> the way `coachlens analyze` reads the file it came
/// from: a WebVTT export when every turn has a start and an end time (so overlaps and pauses survive),
/// otherwise a labelled text file ("[00:01:02] Coach: …", one turn a line).
/// </summary>
public static class GoldTranscript
{
    public static Transcript Of(GoldDocument document)
    {
        var text = new StringBuilder();
        if (document.Turns.All(t => t.Start is { Length: > 0 } && t.End is { Length: > 0 }))
        {
            text.Append("WEBVTT\n\n");
            for (var i = 0; i < document.Turns.Count; i++)
            {
                var t = document.Turns[i];
                text.Append(i + 1).Append('\n').Append(t.Start).Append(" --> ").Append(t.End).Append('\n')
                    .Append("<v ").Append(Whitespace.Normalize(t.Speaker)).Append('>').Append(Whitespace.Normalize(t.Text)).Append("</v>\n\n");
            }

            return TranscriptLoader.Parse(text.ToString(), document.Id + ".vtt");
        }

        foreach (var turn in document.Turns)
        {
            if (turn.Start is { Length: > 0 } start)
            {
                text.Append('[').Append(start).Append("] ");
            }

            text.Append(Whitespace.Normalize(turn.Speaker)).Append(": ").Append(Whitespace.Normalize(turn.Text)).Append('\n');
        }

        return TranscriptLoader.Parse(text.ToString(), document.Id + ".txt");
    }
}
