using CoachLens.Detection;
using CoachLens.Text;

namespace CoachLens.Detectors;

/// <summary>
/// A coach turn interrupts (marker 6.6) when the client's previous turn is cut off ("--", "—" or a trailing dash,
/// the transcriber's mark for being stopped mid-word), when the transcriber noted crosstalk at the start of the
/// coach's turn, or when the coach starts more than a quarter second before the client's turn ends (overlapping
/// timestamps). A client who trails off ("...") finished; a restart inside the client's turn is not a cut-off; and a
/// backchannel ("mm-hmm", "right") that lets the client carry on (their next turn continues with a dash) does not
/// take the floor.
/// </summary>
public sealed class InterruptionDetector : IDetector
{
    /// <summary>Overlaps shorter than this are timing noise in captions, not one speaker cutting in.</summary>
    public const double OverlapSeconds = 0.25;

    public string Id => "interruptions";

    public string Version => "2.0.0";

    public IReadOnlyList<string> Produces { get; } = [Behaviors.Interruption];

    private static readonly HashSet<string> Backchannel = new(StringComparer.Ordinal)
    {
        "mm", "mm-hmm", "mhm", "hmm", "uh-huh", "yeah", "yes", "right", "okay", "ok", "sure", "i", "see", "got", "it", "go", "on",
    };

    public IEnumerable<Annotation> Detect(DetectionContext context)
    {
        for (var i = 1; i < context.Turns.Count; i++)
        {
            var coach = context.Turns[i];
            var before = context.Turns[i - 1];
            if (!coach.Turn.IsCoach || !before.Turn.IsClient)
            {
                continue;
            }

            var cutOff = IsCutOff(before);
            var crosstalk = coach.Turn.Annotations.Count > 0 && coach.Turn.Annotations[0] is "crosstalk" or "overlapping" or "interrupting" or "talking over";
            var overlap = coach.Turn.Start is { } s && before.Turn.End is { } e && s < e - OverlapSeconds;
            if ((cutOff || crosstalk || overlap) && !IsBackchannel(context, i))
            {
                yield return new Annotation(i, Behaviors.Interruption, Id, (cutOff || crosstalk) && overlap ? 0.9 : 0.7);
            }
        }
    }

    /// <summary>A few listening words while the client keeps the floor: their next turn picks up with a dash.</summary>
    private static bool IsBackchannel(DetectionContext context, int index)
    {
        var coach = context.Turns[index];
        var next = index + 1 < context.Turns.Count ? context.Turns[index + 1] : null;
        var onlyListening = coach.Words.Count is > 0 and <= 3 && coach.Words.All(Backchannel.Contains);
        var clientContinues = next is not null && next.Turn.IsClient
            && (next.Spoken.StartsWith('-') || next.Spoken.StartsWith('—') || next.Spoken.StartsWith('…'));
        return onlyListening || clientContinues;
    }

    private static bool IsCutOff(TurnView turn)
    {
        var text = turn.Spoken.TrimEnd();
        return text.EndsWith("--", StringComparison.Ordinal) || text.EndsWith('—') || text.EndsWith('–')
            || (text.EndsWith('-') && !text.EndsWith("--", StringComparison.Ordinal));
    }
}
