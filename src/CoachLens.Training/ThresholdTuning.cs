using CoachLens.Detectors.CoachTalk;
using CoachLens.Evaluation;
using CoachLens.Learning;

namespace CoachLens.Training;

/// <summary>
/// Chooses each head's firing threshold from out-of-fold probabilities inside the training data (grouped by
/// transcript), so the threshold never sees the turns it will be judged on. A head fires where its code's F1
/// is highest; "open" is set where the mean of the open and closed F1 on question turns is highest.
/// </summary>
public static class ThresholdTuning
{
    private const double Lowest = 0.10;
    private const double Highest = 0.90;
    private const double Step = 0.025;

    public static Dictionary<string, double> Choose(IReadOnlyList<TalkExample> examples, TrainerOptions options, int folds)
    {
        var fold = Folds.Assign(examples.Select(e => e.Document), folds);
        var probabilities = new double[examples.Count][];
        var untuned = options with { InnerFolds = 0 };
        for (var k = 0; k < folds; k++)
        {
            var model = TalkTrainer.Train(examples.Where(e => fold[e.Document] != k).ToArray(), untuned);
            var scorer = new LinearScorer(model);
            for (var i = 0; i < examples.Count; i++)
            {
                if (fold[examples[i].Document] != k)
                {
                    continue;
                }

                scorer.Reset();
                foreach (var f in examples[i].Features)
                {
                    scorer.Add(f);
                }

                probabilities[i] = model.Heads.Select((_, h) => scorer.Probability(h)).ToArray();
            }
        }

        var heads = options.Heads ?? TalkModel.Heads;
        var chosen = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var h = 0; h < heads.Count; h++)
        {
            var head = heads[h];
            var scored = Enumerable.Range(0, examples.Count)
                .Select(i => (P: probabilities[i][h], Target: TalkTrainer.Target(head, examples[i])))
                .Where(x => x.Target is not null)
                .Select(x => (x.P, Target: x.Target!.Value))
                .ToArray();
            chosen[head] = Best(t => head == TalkModel.Open ? (F1(scored, t, true) + F1(scored, t, false)) / 2 : F1(scored, t, true));
        }

        return chosen;
    }

    // The grid point with the best score; on a tie, the one nearest 0.5.
    private static double Best(Func<double, double> score)
    {
        var best = (Score: double.MinValue, Threshold: 0.5);
        for (var i = 0; Lowest + (i * Step) <= Highest + 1e-9; i++)
        {
            var t = Math.Round(Lowest + (i * Step), 3);
            var s = Math.Round(score(t), 9);
            if (s > best.Score || (s == best.Score && Math.Abs(t - 0.5) < Math.Abs(best.Threshold - 0.5)))
            {
                best = (s, t);
            }
        }

        return best.Threshold;
    }

    // F1 of the positive class (fires at p >= t) or of the negative class (p < t).
    private static double F1((double P, bool Target)[] scored, double t, bool positive)
    {
        var (tp, fp, fn) = (0, 0, 0);
        foreach (var (p, target) in scored)
        {
            var predicted = (p >= t) == positive;
            var actual = target == positive;
            tp += predicted && actual ? 1 : 0;
            fp += predicted && !actual ? 1 : 0;
            fn += !predicted && actual ? 1 : 0;
        }

        return tp == 0 ? 0 : 2.0 * tp / ((2.0 * tp) + fp + fn);
    }
}
