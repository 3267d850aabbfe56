using CoachLens.Detection;
using CoachLens.Text;

namespace CoachLens.Scoring;

/// <summary>Session-level counts: who talked how much, and the mix of the coach's questions.</summary>
public sealed record SessionMetrics(
    double CoachTalkShare,
    int CoachWords,
    int ClientWords,
    int Questions,
    int OpenQuestions,
    int ClosedQuestions,
    double OpenQuestionShare,
    int StackedQuestionTurns,
    int Reflections,
    double MedianCoachTurnWords,
    double MeanQuestionWords)
{
    public static SessionMetrics Of(IReadOnlyList<TurnView> turns, DetectionResult detection)
    {
        var coachWords = turns.Where(t => t.Turn.IsCoach).Sum(t => t.Words.Count);
        var clientWords = turns.Where(t => t.Turn.IsClient).Sum(t => t.Words.Count);
        var open = detection.Annotations.Count(a => a.Code == Behaviors.OpenQuestion);
        var closed = detection.Annotations.Count(a => a.Code == Behaviors.ClosedQuestion);
        var questionSentences = turns.Where(t => t.Turn.IsCoach).SelectMany(t => t.Questions).ToList();
        var coachLengths = turns.Where(t => t.Turn.IsCoach).Select(t => t.Words.Count).Order().ToList();
        return new SessionMetrics(
            Ratio(coachWords, coachWords + clientWords),
            coachWords,
            clientWords,
            open + closed,
            open,
            closed,
            Ratio(open, open + closed),
            detection.TurnsWith(Behaviors.StackedQuestions).Count(),
            detection.TurnsWith(Behaviors.Reflection).Concat(detection.TurnsWith(Behaviors.Summary)).Distinct().Count(),
            coachLengths.Count == 0 ? 0 : coachLengths[coachLengths.Count / 2],
            questionSentences.Count == 0 ? 0 : Math.Round(questionSentences.Average(q => Tokenizer.Words(q.Text).Count), 1));
    }

    private static double Ratio(int part, int whole) => whole == 0 ? 0 : Math.Round((double)part / whole, 3);
}
