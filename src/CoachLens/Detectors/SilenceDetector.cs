using CoachLens.Detection;
using CoachLens.Text;

namespace CoachLens.Detectors;

/// <summary>
/// Silence the coach allows (marker 5.5): a pause of several seconds, or a transcriber's [pause]/[silence] note,
/// at the boundary between a coach turn and a client turn, on either side: the coach waits after asking, or waits
/// before answering. It is coded on that coach turn. A pause inside the client's answer is the client's own
/// hesitation and does not count; nor does the coach only saying "take your time" when the answer comes at once.
/// </summary>
public sealed class SilenceDetector : IDetector
{
    /// <summary>A gap this long between the two speakers reads as a pause the coach left open.</summary>
    public const double GapSeconds = 5.0;

    /// <summary>Speaking rate used to estimate where a turn ended when the transcript gives only start times.</summary>
    public const double WordsPerSecond = 2.5;

    public string Id => "silence";

    public string Version => "2.0.0";

    public IReadOnlyList<string> Produces { get; } = [Behaviors.Silence];

    public IEnumerable<Annotation> Detect(DetectionContext context)
    {
        var turns = context.Turns;
        for (var i = 0; i < turns.Count; i++)
        {
            if (!turns[i].Turn.IsCoach)
            {
                continue;
            }

            var before = i > 0 && turns[i - 1].Turn.IsClient ? turns[i - 1] : null;
            var after = i + 1 < turns.Count && turns[i + 1].Turn.IsClient ? turns[i + 1] : null;
            var noted = (after is not null && (EndsWithPause(turns[i]) || OpensWithPause(after)))
                || (before is not null && (OpensWithPause(turns[i]) || EndsWithPause(before)));
            var timed = (after is not null && Gap(turns[i], after) >= GapSeconds)
                || (before is not null && Gap(before, turns[i]) >= GapSeconds);
            if (noted || timed)
            {
                yield return new Annotation(i, Behaviors.Silence, Id, noted ? 0.8 : 0.6);
            }
        }
    }

    private static bool OpensWithPause(TurnView turn)
    {
        var text = turn.Turn.Text.TrimStart();
        return (text.StartsWith('[') || text.StartsWith('(')) && turn.Turn.Annotations.Count > 0 && IsPause(turn.Turn.Annotations[0]);
    }

    private static bool EndsWithPause(TurnView turn)
    {
        var text = turn.Turn.Text.TrimEnd();
        return (text.EndsWith(']') || text.EndsWith(')')) && turn.Turn.Annotations.Count > 0 && IsPause(turn.Turn.Annotations[^1]);
    }

    private static bool IsPause(string annotation) =>
        annotation.StartsWith("pause", StringComparison.Ordinal) || annotation.StartsWith("silence", StringComparison.Ordinal)
        || annotation.StartsWith("long pause", StringComparison.Ordinal) || annotation.StartsWith("sessizlik", StringComparison.Ordinal)
        || annotation.StartsWith("duraklama", StringComparison.Ordinal);

    /// <summary>Seconds between the end of <paramref name="first"/> and the start of <paramref name="second"/>; 0 without times.</summary>
    private static double Gap(TurnView first, TurnView second)
    {
        if (first.Turn.Start is null || second.Turn.Start is null)
        {
            return 0;
        }

        var end = first.Turn.End ?? (first.Turn.Start.Value + (first.Words.Count / WordsPerSecond));
        return second.Turn.Start.Value - end;
    }
}
