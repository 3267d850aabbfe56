using System.Text.RegularExpressions;

namespace CoachLens.Exam.Quality;

/// <summary>
/// Near-duplicate detection for item stems: the Jaccard similarity of word 3-shingles (lower-cased word
/// triples). Identical stems score 1; stems that share only common phrases score well under 0.2.
/// </summary>
public static partial class StemSimilarity
{
    public const int ShingleSize = 3;

    public static HashSet<string> Shingles(string text)
    {
        var words = Word().Matches(text.ToLowerInvariant()).Select(m => m.Value).ToList();
        var shingles = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + ShingleSize <= words.Count; i++)
        {
            shingles.Add(string.Join(' ', words.Skip(i).Take(ShingleSize)));
        }

        return shingles;
    }

    public static double Jaccard(IReadOnlySet<string> a, IReadOnlySet<string> b)
    {
        if (a.Count == 0 && b.Count == 0)
        {
            return 1;
        }

        var shared = a.Count(b.Contains);
        return (double)shared / (a.Count + b.Count - shared);
    }

    public static double Jaccard(string a, string b) => Jaccard(Shingles(a), Shingles(b));

    [GeneratedRegex(@"\w+")]
    private static partial Regex Word();
}
