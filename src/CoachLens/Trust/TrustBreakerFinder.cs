using CoachLens.Detection;
using CoachLens.Scoring;

namespace CoachLens.Trust;

/// <summary>
/// Finds trust-breakers in coach turns: the closing moves that are breakers in their own right (minimizing,
/// judging, imposing values, interrupting, hard territory without permission, confidentiality slips), advice
/// given before the client has explored, and emotional cues the coach passes over.
/// </summary>
public sealed class TrustBreakerFinder(MoveReader moves, ScoringContext context, TrustWords words)
{
    private static readonly HashSet<string> Stop = new(StringComparer.Ordinal)
    {
        "that", "this", "what", "with", "have", "just", "about", "like", "really", "there", "they", "them", "then",
        "when", "your", "you're", "it's", "that's", "been", "from", "would", "could", "some", "more", "even", "know",
        "feel", "felt", "feeling", "think", "because", "sort", "kind", "bit", "okay", "yeah", "well", "going",
    };

    public IReadOnlyList<TrustBreaker> Find()
    {
        var found = new List<TrustBreaker>();
        var rules = moves.Rules;
        foreach (var view in context.CoachTurns)
        {
            var turn = view.Index;
            if (turn > 0 && context.Turns[turn - 1].Turn.IsClient && IsEmotionalCue(turn - 1) && !StaysWith(turn, turn - 1))
            {
                found.Add(Breaker(turn, "missed_emotional_cue", MovingOn(turn), turn - 1));
            }

            foreach (var id in moves.MovesOf(turn))
            {
                var move = id == MoveRules.ReflectionOfFeeling ? null : rules.Move(id);
                if (move?.Breaker is not { } kind || (kind == "early_advice" && ExploringTurnsBefore(turn) >= rules.MinExploringTurns))
                {
                    continue;
                }

                found.Add(Breaker(turn, kind, moves.Quote(turn, id), null));
            }
        }

        return found
            .GroupBy(b => (b.Turn, b.Kind))
            .Select(g => g.First())
            .OrderBy(b => b.Turn)
            .ThenBy(b => rules.Breakers.Select(k => k.Kind).ToList().IndexOf(b.Kind))
            .ToList();
    }

    /// <summary>A client turn that names a difficult feeling, brings hard news, or sighs or cries.</summary>
    public bool IsEmotionalCue(int clientTurn)
    {
        var view = context.Turns[clientTurn];
        var feelings = moves.FeelingWordsOf(clientTurn).Where(f => !moves.Rules.PositiveFeelings.Contains(f));
        return feelings.Any()
            || context.Detection.Has(clientTurn, Behaviors.Risk)
            || moves.Rules.EmotionalCue.Matches(view.Spoken)
            || view.Turn.Annotations.Any(a => a is "crying" or "sighs" or "tearful");
    }

    /// <summary>
    /// Whether the coach stays with what the client just showed. The coach moves on when the turn changes the
    /// subject, minimizes, advises, judges, interrupts or fires questions — unless it also meets the feeling first
    /// (empathy, a reflection of the feeling, exploring it) without changing the subject in the same breath.
    /// </summary>
    public bool StaysWith(int coachTurn, int clientTurn)
    {
        var spoken = context.Turns[coachTurn].Spoken;
        var own = moves.MovesOf(coachTurn);
        if (moves.Rules.Redirect.Matches(spoken) || own.Contains("minimizing"))
        {
            return false;
        }

        if (own.Any(m => moves.IsOpening(m) && m is not "invitation" and not "confidentiality"))
        {
            return true;
        }

        if (moves.Rules.SoftRedirect.Matches(spoken))
        {
            return false;
        }

        return !own.Any(m => !moves.IsOpening(m)) || SharesWords(coachTurn, clientTurn) && !own.Any(m => m is "advice" or "judging" or "imposing_values" or "interruption");
    }

    /// <summary>The sentence where the coach moves on: the change of subject, else the minimizing, else the first sentence.</summary>
    private Evidence MovingOn(int turn)
    {
        var spoken = context.Turns[turn].Spoken;
        var redirect = moves.Rules.Redirect.FirstMatch(spoken) ?? moves.Rules.SoftRedirect.FirstMatch(spoken);
        return redirect is not null ? context.Quote(turn, redirect.Index)
            : moves.Has(turn, "minimizing") ? moves.Quote(turn, "minimizing")
            : context.Quote(turn);
    }

    private bool SharesWords(int coachTurn, int clientTurn)
    {
        var client = context.Turns[clientTurn].Words.Where(w => w.Length >= 4 && !Stop.Contains(w)).ToHashSet(StringComparer.Ordinal);
        return context.Turns[coachTurn].Words.Any(w => w.Length >= 4 && client.Contains(w));
    }

    /// <summary>Coach turns before this one that explored: a single open question, a reflection, a feelings question.</summary>
    private int ExploringTurnsBefore(int turn) =>
        context.CoachTurns.Count(t => t.Index > 0 && t.Index < turn
            && ((context.Detection.Has(t.Index, Behaviors.OpenQuestion) && !context.Detection.Has(t.Index, Behaviors.StackedQuestions))
                || context.Detection.Has(t.Index, Behaviors.Reflection) || context.Detection.Has(t.Index, Behaviors.FeelingsExploration))
            && !context.Detection.Has(t.Index, Behaviors.Agreement)
            && !moves.Has(t.Index, "advice"));

    private TrustBreaker Breaker(int turn, string kind, Evidence evidence, int? clientTurn)
    {
        _ = moves.Rules.Breaker(kind);
        return new TrustBreaker(turn, kind, words.Breaker(kind), evidence, words.Why(kind), clientTurn);
    }
}
