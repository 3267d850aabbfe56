namespace CoachLens.Training;

/// <summary>
/// How the coach-talk model is trained. The defaults are the shipped settings; docs/accuracy.md explains
/// how they were chosen (by grouped cross-validation on the development data only).
/// </summary>
public sealed record TrainerOptions
{
    /// <summary>A feature must occur in at least this many training turns to get a weight.</summary>
    public int MinCount { get; init; } = 3;

    /// <summary>The L2 penalty (against the summed log loss).</summary>
    public double L2 { get; init; } = 0.3;

    /// <summary>
    /// Folds (grouped by transcript) inside the training data from which the heads' thresholds are chosen;
    /// 0 or 1 keeps <see cref="Threshold"/> (0.5 where not given).
    /// </summary>
    public int InnerFolds { get; init; } = 3;

    /// <summary>A head's own L2 penalty, where it differs from <see cref="L2"/>.</summary>
    public IReadOnlyDictionary<string, double> HeadL2 { get; init; } = new Dictionary<string, double>();

    /// <summary>Extra weight of positive examples per head, for rare codes.</summary>
    public IReadOnlyDictionary<string, double> PositiveWeight { get; init; } = new Dictionary<string, double>();

    /// <summary>The probability at which each head fires.</summary>
    public IReadOnlyDictionary<string, double> Threshold { get; init; } = new Dictionary<string, double>();

    /// <summary>Feature prefixes left out (for ablation studies), such as "w" for single words.</summary>
    public IReadOnlySet<string> Drop { get; init; } = new HashSet<string>();

    /// <summary>Heads to train instead of the shipped ones (for experiments).</summary>
    public IReadOnlyList<string>? Heads { get; init; }

    /// <summary>How an example's features are scaled (<see cref="Learning.ModelInfo.Scaling"/>).</summary>
    public string Scaling { get; init; } = Learning.ModelInfo.SqrtCount;

    /// <summary>The version written into the model file.</summary>
    public string Version { get; init; } = "1.0.0";
}
