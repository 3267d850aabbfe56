using System.Text;
using CoachLens.Transcripts;

namespace CoachLens.Evaluation;

/// <summary>
/// Turns a gold document into a <see cref="Transcript"/> the way `coachlens analyze` reads a labelled
/// text file ("[00:01:02] Coach: …", one turn a line), so evaluation and analysis see the same turns.
/// </summary>
public static class GoldTranscript
{
    public static Transcript Of(GoldDocument document)
    {
        var text = new StringBuilder();
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
