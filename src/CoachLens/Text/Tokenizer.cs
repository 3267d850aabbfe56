using System.Text.RegularExpressions;

namespace CoachLens.Text;

/// <summary>Splits speech into lower-cased word tokens; contractions stay whole ("don't").</summary>
public static partial class Tokenizer
{
    public static IReadOnlyList<string> Words(string text) =>
        Word().Matches(text).Select(m => m.Value.ToLowerInvariant().Replace('’', '\'')).ToArray();

    [GeneratedRegex(@"\p{L}[\p{L}\p{M}'’]*|\d+")]
    private static partial Regex Word();
}
