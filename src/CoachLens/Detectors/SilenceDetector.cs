using CoachLens.Detection;

namespace CoachLens.Detectors;

/// <summary>
/// Silence the coach allows: a gap of several seconds between a coach turn and the client's answer, or a
/// [pause]/[silence] annotation. It is coded on the coach turn that held the space.
/// </summary>
public sealed class SilenceDetector : IDetector
{
    /// <summary>A gap this long before the client answers reads as a pause the coach left open.</summary>
    public const double GapSeconds = 5.0;

    public string Id => "silence";

    public string Version => "1.0.0";

    public IReadOnlyList<string> Produces { get; } = [Behaviors.Silence];

    public IEnumerable<Annotation> Detect(DetectionContext context)
    {
        for (var i = 0; i + 1 < context.Turns.Count; i++)
        {
            var coach = context.Turns[i].Turn;
            var next = context.Turns[i + 1].Turn;
            if (!coach.IsCoach || !next.IsClient)
            {
                continue;
            }

            // Only a pause noted before the client's first word is space the coach held; a pause in the
            // middle of the client's answer is the client's own hesitation.
            var opensWithPause = next.Text.TrimStart().StartsWith('[') || next.Text.TrimStart().StartsWith('(');
            var annotated = opensWithPause && next.Annotations.Count > 0
                && (next.Annotations[0].StartsWith("pause", StringComparison.Ordinal) || next.Annotations[0].StartsWith("silence", StringComparison.Ordinal) || next.Annotations[0] == "long pause");
            var gap = Gap(context, i);
            if (annotated || gap >= GapSeconds)
            {
                yield return new Annotation(i, Behaviors.Silence, Id, annotated ? 0.8 : 0.6);
            }
        }
    }

    private static double Gap(DetectionContext context, int coachIndex)
    {
        var coach = context.Turns[coachIndex].Turn;
        var next = context.Turns[coachIndex + 1].Turn;
        if (coach.Start is null || next.Start is null)
        {
            return 0;
        }

        // Without an end time, estimate how long the coach spoke at 2.5 words a second.
        var end = coach.End ?? (coach.Start.Value + (context.Turns[coachIndex].Words.Count / 2.5));
        return next.Start.Value - end;
    }
}
