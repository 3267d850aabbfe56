using CoachLens.Detection;

namespace CoachLens.Detectors;

/// <summary>
/// A coach turn interrupts when the client's previous turn is cut off ("--" or a trailing dash) or when
/// the coach starts before the client's turn has ended (overlapping timestamps).
/// </summary>
public sealed class InterruptionDetector : IDetector
{
    public string Id => "interruptions";

    public string Version => "1.0.0";

    public IReadOnlyList<string> Produces { get; } = [Behaviors.Interruption];

    public IEnumerable<Annotation> Detect(DetectionContext context)
    {
        for (var i = 1; i < context.Turns.Count; i++)
        {
            var coach = context.Turns[i].Turn;
            var before = context.Turns[i - 1].Turn;
            if (!coach.IsCoach || !before.IsClient)
            {
                continue;
            }

            var text = before.Text.TrimEnd();
            var cutOff = text.EndsWith("--", StringComparison.Ordinal) || text.EndsWith('—') || text.EndsWith("-", StringComparison.Ordinal);
            var overlap = coach.Start is { } s && before.End is { } e && s < e - 0.25;
            if (cutOff || overlap)
            {
                yield return new Annotation(i, Behaviors.Interruption, Id, cutOff && overlap ? 0.9 : 0.7);
            }
        }
    }
}
