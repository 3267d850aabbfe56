using CoachLens.Detection;
using CoachLens.Text;

namespace CoachLens.Detectors;

/// <summary>
/// Reflections: a coach statement (not a question) that gives the client's last turn back in other or
/// the same words, shifting "I" to "you". A long reflection drawing on several client turns is a summary.
/// </summary>
public sealed class ReflectionDetector : IDetector
{
    private static readonly HashSet<string> Stop = new(StringComparer.Ordinal)
    {
        "i", "you", "the", "a", "an", "and", "or", "but", "to", "of", "in", "on", "at", "it", "is", "was", "that", "this",
        "so", "um", "uh", "like", "just", "really", "my", "your", "me", "we", "for", "with", "be", "have", "do", "not",
        "are", "i'm", "you're", "it's", "what", "about", "know", "yeah", "there", "they", "he", "she", "them", "if",
    };

    private static readonly string[] Openers =
    [
        "it sounds like", "sounds like", "so you", "you're saying", "you are saying", "what i'm hearing", "what i hear",
        "i'm hearing", "i hear you saying", "you feel", "you're feeling", "so it's", "so what you", "it seems like you",
        "so for you", "you want", "you're not sure", "part of you", "on the one hand",
    ];

    public string Id => "reflections";

    public string Version => "1.0.0";

    public IReadOnlyList<string> Produces { get; } = [Behaviors.Reflection, Behaviors.Summary];

    public IEnumerable<Annotation> Detect(DetectionContext context)
    {
        foreach (var turn in context.Turns.Where(t => t.Turn.IsCoach))
        {
            var statement = turn.Sentences.FirstOrDefault(s => !s.IsQuestion);
            var previous = context.PreviousClient(turn.Index);
            if (statement is null || previous is null)
            {
                continue;
            }

            if (IsSummary(turn))
            {
                yield return new Annotation(turn.Index, Behaviors.Summary, Id, 0.7, statement.Start, statement.Length);
                continue;
            }

            var lower = statement.Text.ToLowerInvariant();
            var opener = Openers.Any(o => lower.StartsWith(o, StringComparison.Ordinal));
            var overlap = ContentOverlap(Tokenizer.Words(statement.Text), previous.Words);
            var youShift = statement.Text.StartsWith("You ", StringComparison.Ordinal) || lower.Contains(" you ", StringComparison.Ordinal);
            if (!(opener && overlap >= 1) && !(youShift && overlap >= 2))
            {
                continue;
            }

            yield return new Annotation(turn.Index, Behaviors.Reflection, Id, opener ? 0.75 : 0.55, statement.Start, statement.Length);
        }
    }

    private static int ContentOverlap(IReadOnlyList<string> coach, IReadOnlyList<string> client)
    {
        var clientWords = client.Where(w => !Stop.Contains(w) && w.Length > 2).ToHashSet(StringComparer.Ordinal);
        return coach.Where(w => !Stop.Contains(w) && w.Length > 2).Distinct().Count(clientWords.Contains);
    }

    private static bool IsSummary(TurnView turn)
    {
        if (turn.Words.Count < 25)
        {
            return false;
        }

        var lower = turn.Spoken.ToLowerInvariant();
        return lower.Contains("summar", StringComparison.Ordinal) || lower.Contains("so far", StringComparison.Ordinal)
            || lower.Contains("let me see if i", StringComparison.Ordinal) || lower.Contains("you've talked about", StringComparison.Ordinal)
            || lower.Contains("what i've heard", StringComparison.Ordinal) || lower.Contains("to pull together", StringComparison.Ordinal);
    }
}
