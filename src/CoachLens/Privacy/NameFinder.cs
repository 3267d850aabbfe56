using System.Text.RegularExpressions;

namespace CoachLens.Privacy;

/// <summary>
/// Finds people's names used in the text without a language model: a capitalized word in the middle of
/// a sentence that is never written in lower case and is not on the not-names list ("Jonas", "Mrs Okafor"
/// gives "Okafor"). Adjacent names ("Paul Smith") are one person.
/// </summary>
internal static partial class NameFinder
{
    /// <summary>The names in order of first appearance; a multi-word name comes with its parts.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Find(IReadOnlyList<string> texts, IReadOnlySet<string> protectedWords)
    {
        var lowerWords = texts.SelectMany(t => Lower().Matches(t).Select(m => m.Value)).ToHashSet(StringComparer.Ordinal);
        bool IsCandidate(string word) =>
            !NotNames.Default.Contains(word.ToLowerInvariant())
            && !lowerWords.Contains(word.ToLowerInvariant())
            && !protectedWords.Contains(word);

        var names = new List<IReadOnlyList<string>>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            var words = Capitalized().Matches(text).ToList();
            for (var i = 0; i < words.Count; i++)
            {
                if (!IsCandidate(words[i].Value) || AtSentenceStart(text, words[i].Index))
                {
                    continue;
                }

                // Extend to the following capitalized words joined by one space: "Paul Smith".
                var run = new List<Match> { words[i] };
                while (i + 1 < words.Count && words[i + 1].Index == run[^1].Index + run[^1].Length + 1
                    && text[run[^1].Index + run[^1].Length] == ' ' && IsCandidate(words[i + 1].Value) && run.Count < 3)
                {
                    run.Add(words[++i]);
                }

                var full = string.Join(' ', run.Select(m => m.Value));
                if (seen.Add(full))
                {
                    names.Add([full, .. run.Count > 1 ? run.Select(m => m.Value) : []]);
                }
            }
        }

        return names;
    }

    // Looking back over spaces and opening quotes: the start of the text or an end of sentence.
    private static bool AtSentenceStart(string text, int index)
    {
        var i = index - 1;
        while (i >= 0 && (char.IsWhiteSpace(text[i]) || text[i] is '"' or '\'' or '‘' or '“' or '(' or '['))
        {
            i--;
        }

        // An annotation ("[pause] Except …") also ends what came before it.
        return i < 0 || text[i] is '.' or '!' or '?' or '…' or ':' or ';' or '—' or '-' or ']' or ')';
    }

    [GeneratedRegex(@"(?<![\p{L}\p{M}])\p{Lu}[\p{Ll}\p{M}]+(?![\p{L}\p{M}])")]
    private static partial Regex Capitalized();

    [GeneratedRegex(@"(?<![\p{L}\p{M}])\p{Ll}[\p{Ll}\p{M}]+(?![\p{L}\p{M}])")]
    private static partial Regex Lower();
}
