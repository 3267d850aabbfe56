using CoachLens.Detection;
using CoachLens.Detectors.CoachTalk;
using CoachLens.Evaluation;

namespace CoachLens.Training;

/// <summary>How `coachlens eval` codes the gold transcripts.</summary>
public enum EvaluationMode
{
    /// <summary>Cross-validate when the gold set shares transcripts with the shipped model's training data, else use the shipped model.</summary>
    Auto,

    /// <summary>Retrain the coach-talk model per fold (grouped by transcript) and code each fold with the model that did not see it.</summary>
    CrossValidated,

    /// <summary>The shipped pipeline, exactly as `coachlens analyze` runs it.</summary>
    Shipped,
}

/// <summary>The scorecard of an evaluation and a plain statement of how it was made.</summary>
public sealed record EvaluationResult(Scorecard Card, IReadOnlyList<string> Notes);

/// <summary>
/// Evaluates the whole pipeline on a gold set. Rule-based detectors run as shipped; the trained coach-talk
/// model is cross-validated when the gold transcripts are ones it was trained on, because scoring a model on
/// its own training data says little.
/// </summary>
public static class GoldEvaluation
{
    public static EvaluationResult Run(IReadOnlyList<GoldDocument> gold, EvaluationMode mode, int folds, IReadOnlyList<string>? codes = null)
    {
        codes ??= Evaluator.CodesOf(gold);
        var trainedOn = TrainedOn();
        var overlap = gold.Count(d => trainedOn.Contains(d.Id));
        if (mode == EvaluationMode.Auto)
        {
            mode = overlap > 0 && gold.Count >= folds ? EvaluationMode.CrossValidated : EvaluationMode.Shipped;
        }

        var notes = new List<string>();
        if (mode == EvaluationMode.CrossValidated)
        {
            var corpus = TalkCorpus.Build(gold, new TalkFeatures());
            notes.Add($"coach-talk model: {folds}-fold cross-validation grouped by transcript (trained on {folds - 1} folds of this gold set, coding the other); rule-based detectors as shipped");
            return new EvaluationResult(Evaluator.Score(CrossValidation.Predict(corpus, folds, Defaults.Trainer), codes), notes);
        }

        notes.Add($"shipped pipeline, as `coachlens analyze` runs it ({ShippedModel()}); no cross-validation");
        if (overlap > 0)
        {
            notes.Add($"note: the shipped model was trained on {overlap} of these {gold.Count} transcripts, so these numbers are optimistic; see the cross-validated numbers");
        }

        var pipeline = new PipelineBuilder().UseDefaults().Build();
        var predictions = gold.Select(d => (d, Predictions.Of(pipeline, GoldTranscript.Of(d)))).ToArray();
        return new EvaluationResult(Evaluator.Score(predictions, codes), notes);
    }

    private static string ShippedModel()
    {
        try
        {
            var info = TalkModel.Default.Info;
            return $"coach-talk model {info.Version}, trained on {info.Training.GetValueOrDefault("data", "unknown data")}";
        }
        catch (InvalidDataException ex)
        {
            return $"the coach-talk model could not be loaded, so its codes are missing: {ex.Message}";
        }
    }

    // The transcripts the shipped model was trained on; none when it cannot be loaded (cross-validation still can).
    private static HashSet<string> TrainedOn()
    {
        try
        {
            return (TalkModel.Default.Info.Training.GetValueOrDefault("documentIds") ?? string.Empty)
                .Split(',', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        }
        catch (InvalidDataException)
        {
            return [];
        }
    }
}
