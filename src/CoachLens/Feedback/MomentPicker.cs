using CoachLens.Detection;
using CoachLens.Scoring;
using CoachLens.Text;

namespace CoachLens.Feedback;

/// <summary>
/// Picks the real moment of the session that a growth area's rewrite is about: the coach turn where
/// doing the marker would have helped most, as the rubric's "moment" names it.
/// </summary>
public static class MomentPicker
{
    public static TurnView? Pick(string moment, ScoringContext context)
    {
        var coach = context.CoachTurns.ToList();
        if (coach.Count == 0)
        {
            return null;
        }

        var d = context.Detection;
        TurnView? AfterClient(Func<TurnView, bool> client, Func<TurnView, bool>? coachMissed = null) =>
            context.Turns
                .Where(t => t.Turn.IsClient && client(t) && t.Index + 1 < context.Turns.Count && context.Turns[t.Index + 1].Turn.IsCoach)
                .Select(t => context.Turns[t.Index + 1])
                .FirstOrDefault(c => coachMissed?.Invoke(c) ?? true);

        bool Missed(TurnView c) =>
            !d.Has(c.Index, Behaviors.Empathy) && !d.Has(c.Index, Behaviors.Reflection) && !d.Has(c.Index, Behaviors.FeelingsExploration);

        var picked = moment switch
        {
            "opening" => coach.Take(6).FirstOrDefault(c => c.Questions.Any(q => Tokenizer.Words(q.Text).Count >= 5)) ?? coach[0],
            "closing" => coach[^1],
            "middle" => coach[coach.Count / 2],
            "after_client_feeling" => AfterClient(t => d.Has(t.Index, Behaviors.Feeling) || d.Has(t.Index, Behaviors.Disclosure), Missed)
                ?? AfterClient(t => d.Has(t.Index, Behaviors.Feeling)),
            "after_client_insight" => AfterClient(t => d.Has(t.Index, Behaviors.Insight)),
            "after_client_annotation" => AfterClient(t => t.Turn.Annotations.Count > 0),
            "after_client_turn" => AfterClient(t => t.Words.Count == context.ClientTurns.Max(c => c.Words.Count)),
            "client_words" => AfterClient(t => t.Words.Count >= 20),
            "coach_offer" => coach.FirstOrDefault(c => d.Has(c.Index, Behaviors.Advice) || d.Has(c.Index, Behaviors.Observation) || d.Has(c.Index, Behaviors.SelfDisclosure)),
            "closed_or_stacked" => coach.FirstOrDefault(c => d.Has(c.Index, Behaviors.StackedQuestions)) ?? coach.FirstOrDefault(c => d.Has(c.Index, Behaviors.ClosedQuestion)),
            "after_deep_question" => coach.FirstOrDefault(c => d.Has(c.Index, Behaviors.OpenQuestion) && !d.Has(c.Index, Behaviors.Silence)),
            "long_turn" => coach.MaxBy(c => c.Words.Count),
            "interruption" => coach.FirstOrDefault(c => d.Has(c.Index, Behaviors.Interruption)),
            "any_question" => coach.FirstOrDefault(c => d.Has(c.Index, Behaviors.ClosedQuestion)) ?? coach.FirstOrDefault(c => c.Questions.Any()),
            _ => null,
        };
        return picked ?? coach.FirstOrDefault(c => c.Questions.Any()) ?? coach[0];
    }
}
