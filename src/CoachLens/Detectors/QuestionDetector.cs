using CoachLens.Detection;

namespace CoachLens.Detectors;

/// <summary>
/// The shape of a turn's questions: stacked questions (two or more questions in one turn with no answer
/// between) and leading questions that carry the coach's answer. Whether a turn asks an open or a closed
/// question is decided by the <see cref="CoachTalk.CoachTalkDetector"/>.
/// </summary>
public sealed class QuestionDetector : IDetector
{
    public string Id => "questions";

    public string Version => "2.0.0";

    public IReadOnlyList<string> Produces { get; } = [Behaviors.StackedQuestions, Behaviors.LeadingQuestion];

    public IEnumerable<Annotation> Detect(DetectionContext context)
    {
        foreach (var turn in context.Turns.Where(t => t.Turn.IsCoach))
        {
            var questions = turn.Questions.ToList();
            foreach (var q in questions)
            {
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
