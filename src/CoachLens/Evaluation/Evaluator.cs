using CoachLens.Detection;

namespace CoachLens.Evaluation;

/// <summary>
/// Compares predicted behavior codes with gold labels, turn by turn. Coach codes are scored on coach turns
/// and client codes on client turns. "question" is open_question or closed_question on either side and a
/// "summary" counts as a "reflection" too; a dimension a gold turn marks uncertain is skipped for that turn.
/// </summary>
public static class Evaluator
{
    /// <summary>The derived code for "any question".</summary>
    public const string Question = "question";

    /// <summary>
    /// The codes to report for a gold set: "question" when it labels questions, then every code its turns
    /// carry, in the order of the vocabulary.
    /// </summary>
    public static IReadOnlyList<string> CodesOf(IEnumerable<GoldDocument> gold)
    {
        var present = gold.SelectMany(d => d.Turns).SelectMany(t => Expand(t.Labels)).ToHashSet(StringComparer.Ordinal);
        var codes = new List<string>();
        if (present.Contains(Question))
        {
            codes.Add(Question);
        }

        codes.AddRange(Behaviors.All.Where(present.Contains));
        return codes;
    }

    public static Scorecard Score(IEnumerable<(GoldDocument Gold, IReadOnlyList<PredictedTurn> Predicted)> documents, IReadOnlyList<string> codes)
    {
        var counts = codes.ToDictionary(c => c, _ => new int[3], StringComparer.Ordinal);
        var clientCodes = Behaviors.Client.ToHashSet(StringComparer.Ordinal);
        var misaligned = new List<string>();
        var (coachTurns, clientTurns) = (0, 0);
        var scoresCoach = codes.Any(c => !clientCodes.Contains(c));
        var scoresClient = codes.Any(clientCodes.Contains);
        foreach (var (gold, predicted) in documents)
        {
            var pairs = TurnAlignment.Align(gold.Turns.Select(t => t.Text).ToArray(), predicted.Select(p => p.Text).ToArray());
            var unmatched = gold.Turns.Where((t, i) => pairs[i] < 0 && t.Role is not null).Count();
            if (unmatched > 0)
            {
                misaligned.Add($"{gold.Id}({unmatched})");
            }

            for (var i = 0; i < gold.Turns.Count; i++)
            {
                var turn = gold.Turns[i];
                if (turn.Role is null)
                {
                    continue;
                }

                coachTurns += turn.Role == "coach" && scoresCoach ? 1 : 0;
                clientTurns += turn.Role == "client" && scoresClient ? 1 : 0;
                var expected = Expand(turn.Labels);
                var got = pairs[i] >= 0 ? Expand(predicted[pairs[i]].Codes) : [];
                foreach (var code in codes)
                {
                    var isClientCode = clientCodes.Contains(code);
                    if (isClientCode != (turn.Role == "client") || turn.Uncertain.Contains(Dimension(code)))
                    {
                        continue;
                    }

                    var (a, b) = (expected.Contains(code), got.Contains(code));
                    if (a || b)
                    {
                        counts[code][a && b ? 0 : b ? 1 : 2]++;
                    }
                }
            }
        }

        var scores = codes.Select(c => new CodeScore(c, counts[c][0], counts[c][1], counts[c][2])).ToArray();
        return new Scorecard(scores, coachTurns, clientTurns, misaligned);
    }

    /// <summary>The labels of a turn with the derived codes added.</summary>
    public static HashSet<string> Expand(IEnumerable<string> codes)
    {
        var set = codes.ToHashSet(StringComparer.Ordinal);
        if (set.Contains(Behaviors.OpenQuestion) || set.Contains(Behaviors.ClosedQuestion))
        {
            set.Add(Question);
        }

        if (set.Contains(Behaviors.Summary))
        {
            set.Add(Behaviors.Reflection);
        }

        return set;
    }

    /// <summary>The annotation dimension a code belongs to, as named in a gold turn's "uncertain" list.</summary>
    public static string Dimension(string code) =>
        code is Question or Behaviors.OpenQuestion or Behaviors.ClosedQuestion ? Question : code;
}
