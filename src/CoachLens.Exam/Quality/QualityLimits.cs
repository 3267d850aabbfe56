namespace CoachLens.Exam.Quality;

/// <summary>The bars the item-quality tests hold the bank to (docs/exam.md explains each).</summary>
public static class QualityLimits
{
    /// <summary>Two stems this alike (Jaccard of word 3-shingles) count as near-duplicates.</summary>
    public const double NearDuplicateStems = 0.6;

    /// <summary>Mean length of keyed options may differ from the other options by at most this fraction.</summary>
    public const double KeyedLengthTolerance = 0.10;

    /// <summary>The share of items whose longest option is the key may be at most this (chance is 25%).</summary>
    public const double LongestIsKeyedMax = 0.35;

    /// <summary>Each answer position (A-D) holds between these shares of the keys.</summary>
    public const double PositionShareMin = 0.15;

    public const double PositionShareMax = 0.35;
}
