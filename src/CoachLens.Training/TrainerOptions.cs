namespace CoachLens.Training;

/// <summary>
/// How the coach-talk model is trained. The defaults are the shipped settings; docs/accuracy.md explains
/// how they were chosen (by grouped cross-validation on the development data only).
/// </summary>
public sealed record TrainerOptions
{
    /// <summary>A feature must occur in at least this many training turns to get a weight.</summary>
    public int MinCount { get; init; } = 2;

    /// <summary>The L2 penalty (against the summed log loss).</summary>
    public double L2 { get; init; } = 1.0;

    /// <summary>Extra weight of positive examples per head, for rare codes.</summary>
    public IReadOnlyDictionary<string, double> PositiveWeight { get; init; } = new Dictionary<string, double>();

    /// <summary>The probability at which each head fires.</summary>
    public IReadOnlyDictionary<string, double> Threshold { get; init; } = new Dictionary<string, double>();

    /// <summary>The version written into the model file.</summary>
    public string Version { get; init; } = "1.0.0";
}
