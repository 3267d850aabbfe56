namespace CoachLens.Evaluation;

/// <summary>
/// Assigns whole transcripts to cross-validation folds, so no transcript is on both sides of a split.
/// The assignment depends only on the ids (sorted by a fixed hash, then dealt round-robin), never on
/// file order or a random seed, so every run and every machine gets the same folds.
/// </summary>
public static class Folds
{
    public static IReadOnlyDictionary<string, int> Assign(IEnumerable<string> ids, int folds)
    {
        if (folds < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(folds), "cross-validation needs at least two folds");
        }

        return ids
            .Distinct(StringComparer.Ordinal)
            .OrderBy(id => Learning.FeatureHash.Of(id))
            .ThenBy(id => id, StringComparer.Ordinal)
            .Select((id, i) => (id, i))
            .ToDictionary(x => x.id, x => x.i % folds, StringComparer.Ordinal);
    }
}
