using System.Text.RegularExpressions;

namespace CoachLens.Evaluation;

/// <summary>
/// Pairs gold turns with predicted turns by their text, tolerant of a reader that drops or splits turns:
/// texts are compared after removing annotations and punctuation (first 40 characters, lower case), equal
/// runs are matched in order (longest common subsequence), and an unmatched stretch of the same length on
/// both sides is paired position by position. This mirrors ../shared/tools/score_behaviors.py.
/// </summary>
public static partial class TurnAlignment
{
    /// <summary>For each gold turn, the index of its predicted turn, or -1.</summary>
    public static int[] Align(IReadOnlyList<string> gold, IReadOnlyList<string> predicted)
    {
        var a = gold.Select(Normalize).ToArray();
        var b = predicted.Select(Normalize).ToArray();
        var result = Enumerable.Repeat(-1, a.Length).ToArray();
        if (a.SequenceEqual(b, StringComparer.Ordinal))
        {
            return Enumerable.Range(0, a.Length).ToArray();
        }

        // Longest common subsequence, then pairs of equal-length gaps between matches.
        var lcs = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }

        var (gi, gj) = (0, 0);
        var (x, y) = (0, 0);
        while (x < a.Length && y < b.Length)
        {
            if (a[x] == b[y])
            {
                PairGap(result, gi, x, gj, y);
                result[x] = y;
                x++;
                y++;
                (gi, gj) = (x, y);
            }
            else if (lcs[x + 1, y] >= lcs[x, y + 1])
            {
                x++;
            }
            else
            {
                y++;
            }
        }

        PairGap(result, gi, a.Length, gj, b.Length);
        return result;
    }

    /// <summary>The comparison form of a turn's text.</summary>
    public static string Normalize(string? text)
    {
        var s = Annotation().Replace(text ?? string.Empty, " ");
        s = NonWord().Replace(s, " ").Trim().ToLowerInvariant();
        return s.Length > 40 ? s[..40] : s;
    }

    private static void PairGap(int[] result, int i1, int i2, int j1, int j2)
    {
        if (i2 - i1 == j2 - j1)
        {
            for (var k = 0; k < i2 - i1; k++)
            {
                result[i1 + k] = j1 + k;
            }
        }
    }

    [GeneratedRegex(@"\[[^\]]*\]|\([^)]*\)")]
    private static partial Regex Annotation();

    [GeneratedRegex(@"\W+")]
    private static partial Regex NonWord();
}
