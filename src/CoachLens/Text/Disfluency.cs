namespace CoachLens.Text;

/// <summary>
/// Removes what speech adds to what is meant: fillers are dropped and immediate repetitions of one to
/// three words collapse ("tell me tell me what" → "tell me what", "I I think" → "i think").
/// Stutters and partial words are already repaired by the <see cref="Tokenizer"/>.
/// </summary>
public static class Disfluency
{
    private const int MaxRepeat = 3;

    /// <summary>The meant words of a token run, lower case, fillers removed, repetitions collapsed.</summary>
    public static List<string> Clean(IReadOnlyList<Token> tokens)
    {
        var words = new List<string>(tokens.Count);
        foreach (var t in tokens)
        {
            if (t.Kind != TokenKind.Filler)
            {
                words.Add(t.Value);
            }
        }

        for (var i = 0; i < words.Count; i++)
        {
            for (var n = MaxRepeat; n >= 1; n--)
            {
                while (i + (2 * n) <= words.Count && Repeats(words, i, n))
                {
                    words.RemoveRange(i, n);
                }
            }
        }

        return words;
    }

    /// <summary>How many leading words are discourse markers ("so", "okay", "you know") rather than content.</summary>
    public static int LeadingMarkers(IReadOnlyList<string> words, SpeechLexicon lexicon)
    {
        var i = 0;
        var moved = true;
        while (moved && i < words.Count)
        {
            moved = false;
            foreach (var marker in lexicon.DiscourseMarkers)
            {
                if (StartsWith(words, i, marker))
                {
                    i += marker.Length;
                    moved = true;
                    break;
                }
            }
        }

        return i;
    }

    private static bool Repeats(List<string> words, int at, int n)
    {
        for (var k = 0; k < n; k++)
        {
            if (!string.Equals(words[at + k], words[at + n + k], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static bool StartsWith(IReadOnlyList<string> words, int at, string[] phrase)
    {
        if (at + phrase.Length > words.Count)
        {
            return false;
        }

        for (var k = 0; k < phrase.Length; k++)
        {
            if (!string.Equals(words[at + k], phrase[k], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
