using CoachLens.Detection;
using CoachLens.Text;

namespace CoachLens.Detectors;

/// <summary>
/// Open and closed questions by their first words, stacked questions (two or more questions in one turn
/// with no answer between), and leading questions that carry the coach's answer.
/// </summary>
public sealed class QuestionDetector : IDetector
{
    private static readonly HashSet<string> OpenStarts = new(StringComparer.Ordinal)
    {
        "what", "what's", "whats", "how", "how's", "why", "where", "when", "who", "which", "tell", "describe",
        "say", "talk", "walk", "explain", "share", "imagine", "suppose",
    };

    private static readonly HashSet<string> ClosedStarts = new(StringComparer.Ordinal)
    {
        "is", "are", "was", "were", "do", "does", "did", "can", "could", "would", "will", "should", "have", "has",
        "had", "may", "might", "shall", "isn't", "aren't", "don't", "doesn't", "didn't", "won't", "wouldn't",
        "couldn't", "haven't", "hasn't", "am", "or",
    };

    private static readonly HashSet<string> Fillers = new(StringComparer.Ordinal)
    {
        "so", "and", "but", "um", "uh", "well", "okay", "ok", "right", "now", "then", "just", "also", "yeah", "oh", "hmm",
    };

    public string Id => "questions";

    public string Version => "1.0.0";

    public IReadOnlyList<string> Produces { get; } =
        [Behaviors.OpenQuestion, Behaviors.ClosedQuestion, Behaviors.StackedQuestions, Behaviors.LeadingQuestion];

    public IEnumerable<Annotation> Detect(DetectionContext context)
    {
        foreach (var turn in context.Turns.Where(t => t.Turn.IsCoach))
        {
            var questions = turn.Questions.ToList();
            foreach (var q in questions)
            {
                yield return new Annotation(turn.Index, IsOpen(q.Text) ? Behaviors.OpenQuestion : Behaviors.ClosedQuestion, Id, 0.8, q.Start, q.Length);
                if (IsLeading(q.Text))
                {
                    yield return new Annotation(turn.Index, Behaviors.LeadingQuestion, Id, 0.6, q.Start, q.Length);
                }
            }

            if (questions.Count >= 2)
            {
                var first = questions[0];
                var last = questions[^1];
                yield return new Annotation(turn.Index, Behaviors.StackedQuestions, Id, 0.7, first.Start, last.Start + last.Length - first.Start);
            }
        }
    }

    /// <summary>Open when the question's first content word asks for more than yes or no.</summary>
    public static bool IsOpen(string question)
    {
        var words = Tokenizer.Words(question).SkipWhile(Fillers.Contains).ToList();
        if (words.Count == 0)
        {
            return false;
        }

        if (OpenStarts.Contains(words[0]))
        {
            return true;
        }

        // "Can you tell me more…", "Could you say…": polite openers asking for an open answer.
        if (ClosedStarts.Contains(words[0]) && words.Count > 2 && words[1] is "you" && words[2] is "tell" or "say" or "describe" or "share" or "explain" or "walk" or "talk")
        {
            return true;
        }

        // "And you felt what?" / "You said what?": a wh-word inside a short question.
        return !ClosedStarts.Contains(words[0]) && words.Take(8).Any(w => w is "what" or "how" or "why");
    }

    private static bool IsLeading(string question)
    {
        var lower = question.ToLowerInvariant();
        return lower.StartsWith("don't you think", StringComparison.Ordinal)
            || lower.StartsWith("wouldn't it be", StringComparison.Ordinal)
            || lower.StartsWith("isn't it", StringComparison.Ordinal)
            || lower.StartsWith("shouldn't you", StringComparison.Ordinal)
            || lower.Contains("wouldn't you agree", StringComparison.Ordinal)
            || lower.EndsWith(", right?", StringComparison.Ordinal);
    }
}
