namespace CoachLens.Exam.Quality;

/// <summary>
/// Mean option length in characters, keyed options against the others, for one item kind and language.
/// For situational items both the best and the worst response are keyed. A ratio near 1 means length
/// does not give the key away.
/// </summary>
public sealed record LengthStats(string Kind, string Language, double KeyedMean, double OtherMean, double LongestIsKeyedShare)
{
    public double Ratio => OtherMean == 0 ? 0 : KeyedMean / OtherMean;
}
