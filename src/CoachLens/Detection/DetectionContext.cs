using CoachLens.Text;
using CoachLens.Transcripts;

namespace CoachLens.Detection;

/// <summary>What every detector reads: the transcript and each turn prepared once.</summary>
public sealed record DetectionContext(Transcript Transcript, IReadOnlyList<TurnView> Turns)
{
    public static DetectionContext Of(Transcript transcript) =>
        new(transcript, transcript.Turns.Select(TurnView.Of).ToArray());

    /// <summary>The nearest client turn before <paramref name="index"/>, if any.</summary>
    public TurnView? PreviousClient(int index)
    {
        for (var i = index - 1; i >= 0; i--)
        {
            if (Turns[i].Turn.IsClient)
            {
                return Turns[i];
            }
        }

        return null;
    }
}
