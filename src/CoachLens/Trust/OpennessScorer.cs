using CoachLens.Text;

namespace CoachLens.Trust;

/// <summary>
/// Scores how open each client turn reads (0 closed – 1 open) from feeling words, self-disclosure, first-person
/// depth, length against the client's own median, hedging, deflection and guarded one-line answers; then
/// smooths the scores into a trajectory. Signals are ids (feeling_words, guarded_answer, first_person,
/// longer_than_usual …), the same in every language. Pure: the same turns give the same points.
/// </summary>
public sealed class OpennessScorer(OpennessRules rules)
{
    public IReadOnlyList<OpennessPoint> Trajectory(IEnumerable<TurnView> clientTurns)
    {
        var turns = clientTurns.ToList();
        var median = Median(turns.Select(t => t.Words.Count).ToList());
        var points = new List<OpennessPoint>();
        double? trend = null;
        foreach (var t in turns)
        {
            var (score, signals) = Score(t, median);
            trend = trend is { } previous ? (rules.Smoothing * score) + ((1 - rules.Smoothing) * previous) : score;
            points.Add(new OpennessPoint(t.Index, Round(score), Round(trend.Value), signals));
        }

        return points;
    }

    /// <summary>One turn's score and the signals behind it, against the client's median turn length.</summary>
    public (double Score, IReadOnlyList<string> Signals) Score(TurnView turn, double medianWords)
    {
        var text = turn.Spoken.Trim();
        var words = turn.Words.Count;
        var signals = new List<string>();
        var score = rules.Base;

        foreach (var s in rules.Signals)
        {
            var n = s.Count(text);
            if (n > 0)
            {
                var density = s.Weight < 0 && words > rules.DensityWords ? (double)rules.DensityWords / words : 1;
                score += s.Weight * n * density;
                signals.Add(s.Id);
            }
        }

        if (words <= rules.GuardedMaxWords && (rules.Guarded.Matches(text) || words <= 2))
        {
            score += rules.Guarded.Weight;
            signals.Add(rules.Guarded.Id);
        }

        if (words > 0)
        {
            var firstPerson = turn.Words.Count(rules.FirstPersonWords.Contains);
            var depth = Math.Min(1, (double)firstPerson / words / rules.FirstPersonFullShare) * Math.Min(1, (double)words / rules.FirstPersonFullWords);
            score += rules.FirstPersonWeight * depth;
            if (depth >= 0.5)
            {
                signals.Add("first_person");
            }
        }

        var ratio = Math.Log2((words + 1) / (medianWords + 1));
        var length = Math.Clamp(ratio, -rules.LengthClip, rules.LengthClip);
        score += rules.LengthWeight * length;
        if (length >= 1)
        {
            signals.Add("longer_than_usual");
        }
        else if (length <= -1)
        {
            signals.Add("shorter_than_usual");
        }

        return (Math.Clamp(score, 0, 1), signals);
    }

    private static double Median(List<int> values)
    {
        if (values.Count == 0)
        {
            return 0;
        }

        values.Sort();
        var mid = values.Count / 2;
        return values.Count % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2.0;
    }

    private static double Round(double v) => Math.Round(v, 2, MidpointRounding.AwayFromZero);
}
