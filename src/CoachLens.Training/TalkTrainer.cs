using System.Globalization;
using CoachLens.Detection;
using CoachLens.Detectors.CoachTalk;
using CoachLens.Evaluation;
using CoachLens.Learning;

namespace CoachLens.Training;

/// <summary>
/// Trains the coach-talk model: one logistic regression per head over the features seen in at least
/// <see cref="TrainerOptions.MinCount"/> training turns. "open" learns P(open | question) from question
/// turns only; a turn whose annotators tied on a dimension is left out of that dimension's heads.
/// </summary>
public static class TalkTrainer
{
    public static LinearModel Train(IReadOnlyList<TalkExample> examples, TrainerOptions options, IReadOnlyDictionary<string, string>? provenance = null)
    {
        var thresholds = options.InnerFolds > 1 ? ThresholdTuning.Choose(examples, options, options.InnerFolds) : options.Threshold;
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var e in examples)
        {
            foreach (var f in e.Features)
            {
                if (options.Drop.Count > 0 && options.Drop.Contains(f[..f.IndexOf(':', StringComparison.Ordinal)]))
                {
                    continue;
                }

                counts[f] = counts.GetValueOrDefault(f) + 1;
            }
        }

        var vocabulary = counts.Where(kv => kv.Value >= options.MinCount).Select(kv => kv.Key).Order(StringComparer.Ordinal).ToArray();
        var index = vocabulary.Select((f, i) => (f, i)).ToDictionary(x => x.f, x => x.i, StringComparer.Ordinal);
        var rows = examples.Select(e => e.Features.Where(index.ContainsKey).Select(f => index[f]).ToArray()).ToArray();

        // The scorer counts every distinct feature it is given, known to the model or not; so does this.
        var scales = examples.Select(e => options.Scaling == ModelInfo.SqrtCount ? 1.0 / Math.Sqrt(Math.Max(1, e.Features.Length)) : 1.0).ToArray();
        var headNames = options.Heads ?? TalkModel.Heads;
        var weights = vocabulary.ToDictionary(f => f, _ => new double[headNames.Count], StringComparer.Ordinal);
        var heads = new List<LinearHead>();
        var training = new Dictionary<string, string>(provenance ?? new Dictionary<string, string>(), StringComparer.Ordinal)
        {
            ["coachTurns"] = examples.Count.ToString(CultureInfo.InvariantCulture),
            ["documents"] = examples.Select(e => e.Document).Distinct().Count().ToString(CultureInfo.InvariantCulture),
            ["documentIds"] = string.Join(",", examples.Select(e => e.Document).Distinct().Order(StringComparer.Ordinal)),
            ["l2"] = options.L2.ToString("R", CultureInfo.InvariantCulture),
            ["minCount"] = options.MinCount.ToString(CultureInfo.InvariantCulture),
            ["thresholds"] = options.InnerFolds > 1 ? $"chosen by {options.InnerFolds}-fold cross-validation inside the training data" : "given",
        };
        for (var h = 0; h < headNames.Count; h++)
        {
            var head = headNames[h];
            var selected = Enumerable.Range(0, examples.Count).Where(i => Target(head, examples[i]) is not null).ToArray();
            var fit = LogisticRegression.Train(
                selected.Select(i => rows[i]).ToArray(),
                selected.Select(i => Target(head, examples[i])!.Value).ToArray(),
                vocabulary.Length,
                options.HeadL2.GetValueOrDefault(head, options.L2),
                options.PositiveWeight.GetValueOrDefault(head, 1.0),
                selected.Select(i => scales[i]).ToArray());
            for (var j = 0; j < vocabulary.Length; j++)
            {
                weights[vocabulary[j]][h] = fit.Weights[j];
            }

            heads.Add(new LinearHead(head, fit.Bias, thresholds.GetValueOrDefault(head, 0.5)));
            training[$"head.{head}"] = string.Create(CultureInfo.InvariantCulture, $"{selected.Count(i => Target(head, examples[i]) == true)} positive of {selected.Length}; {fit.Iterations} iterations");
        }

        var info = new ModelInfo(
            "talk-model",
            options.Version,
            FeatureSet,
            "Trained by src/CoachLens.Training (logistic regression, L-BFGS) on the AnnoMI development transcripts; see docs/accuracy.md",
            training,
            options.Scaling);
        return LinearModel.Create(info, heads, weights);
    }

    private static readonly string FeatureSet = new TalkFeatures().FeatureSet;

    /// <summary>The training target of a head for a turn, or null when the turn does not train that head.</summary>
    public static bool? Target(string head, TalkExample e)
    {
        var isQuestion = e.Labels.Contains(Evaluator.Question);
        return head switch
        {
            TalkModel.Question => e.Uncertain.Contains("question") ? null : isQuestion,
            TalkModel.Open => e.Uncertain.Contains("question") || !isQuestion ? null : e.Labels.Contains(Behaviors.OpenQuestion),
            TalkModel.Reflection => e.Uncertain.Contains("reflection") ? null : e.Labels.Contains(Behaviors.Reflection),
            TalkModel.Advice => e.Uncertain.Contains("advice") ? null : e.Labels.Contains(Behaviors.Advice),
            TalkModel.Information => e.Uncertain.Contains("information") ? null : e.Labels.Contains(Behaviors.Information),
            "open-any" => e.Uncertain.Contains("question") ? null : e.Labels.Contains(Behaviors.OpenQuestion),
            "closed-any" => e.Uncertain.Contains("question") ? null : e.Labels.Contains(Behaviors.ClosedQuestion),
            _ => throw new ArgumentOutOfRangeException(nameof(head), head, "unknown head"),
        };
    }
}
