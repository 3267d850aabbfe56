namespace CoachLens.Learning;

/// <summary>
/// Scores one example at a time against a <see cref="LinearModel"/>: give it the features, then read each
/// head's probability. Reusable after <see cref="Reset"/>; not thread-safe, so each caller owns one.
/// </summary>
public sealed class LinearScorer(LinearModel model) : IFeatureSink
{
    private readonly HashSet<ulong> seen = [];
    private readonly double[] sums = new double[model.Heads.Count];

    public LinearModel Model => model;

    public void Reset()
    {
        seen.Clear();
        Array.Clear(sums);
    }

    public void Add(string prefix, ReadOnlySpan<char> a, ReadOnlySpan<char> b = default) => Add(FeatureHash.Of(prefix, a, b));

    /// <summary>Adds a feature by its full name ("prefix:a b").</summary>
    public void Add(string name) => Add(FeatureHash.Of(name));

    private void Add(ulong hash)
    {
        if (seen.Add(hash) && model.TryGetRow(hash, out var row))
        {
            model.AddRow(row, sums);
        }
    }

    /// <summary>The logistic probability of head <paramref name="head"/> for the features given since the last reset.</summary>
    public double Probability(int head)
    {
        var sum = model.Info.Scaling == ModelInfo.SqrtCount && seen.Count > 0 ? sums[head] / Math.Sqrt(seen.Count) : sums[head];
        return 1.0 / (1.0 + Math.Exp(-(model.Heads[head].Bias + sum)));
    }

    public bool Fires(int head) => Probability(head) >= model.Heads[head].Threshold;
}
