namespace CoachLens.Text;

/// <summary>
/// Splits speech into tokens with their character offsets. Words are lower-cased with a straight
/// apostrophe, contractions stay whole ("don't"), hyphenated compounds stay whole ("smoke-free"),
/// and the marks of spontaneous speech are recognized: fillers ("um", "mm-hmm"), stutters ("I-I"),
/// partial words ("th-the") and words cut off with a dash ("average-").
/// </summary>
public static class Tokenizer
{
    /// <summary>Every token's normalized form, fillers included, in order.</summary>
    public static IReadOnlyList<string> Words(string text)
    {
        var tokens = Tokenize(text);
        var words = new string[tokens.Count];
        for (var i = 0; i < words.Length; i++)
        {
            words[i] = tokens[i].Value;
        }

        return words;
    }

    public static IReadOnlyList<Token> Tokenize(string text) => Tokenize(text, SpeechLexicon.Default);

    public static IReadOnlyList<Token> Tokenize(string text, SpeechLexicon lexicon)
    {
        var tokens = new List<Token>(text.Length / 5 + 1);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsLetter(c))
            {
                i = ReadWord(text, i, lexicon, tokens);
            }
            else if (char.IsDigit(c))
            {
                i = ReadNumber(text, i, tokens);
            }
            else
            {
                i++;
            }
        }

        return tokens;
    }

    private static int ReadWord(string text, int start, SpeechLexicon lexicon, List<Token> tokens)
    {
        var i = start;
        var hyphens = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsLetter(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark
                || ((c is '\'' or '’') && i + 1 < text.Length && char.IsLetter(text[i + 1])))
            {
                i++;
            }
            else if (c == '-' && i + 1 < text.Length && char.IsLetter(text[i + 1]))
            {
                hyphens++;
                i++;
            }
            else
            {
                break;
            }
        }

        // A dash right after a word that is not followed by a letter cuts the word off ("put--", "me- tell me").
        var cutOff = i < text.Length && text[i] == '-';
        var raw = text.AsSpan(start, i - start);
        var value = Normalize(raw);
        var restart = cutOff;
        if (hyphens > 0 && !lexicon.Fillers.Contains(value))
        {
            var parts = value.Split('-');
            if (parts.All(p => p == parts[0]))
            {
                value = parts[0];
                restart = true;
            }
            else if (parts.Length == 2 && parts[0].Length < parts[1].Length && parts[1].StartsWith(parts[0], StringComparison.Ordinal))
            {
                value = parts[1];
                restart = true;
            }
        }

        var kind = lexicon.Fillers.Contains(value) ? TokenKind.Filler : TokenKind.Word;
        tokens.Add(new Token(start, i - start, value, kind, restart));
        return i;
    }

    private static int ReadNumber(string text, int start, List<Token> tokens)
    {
        var i = start;
        while (i < text.Length && (char.IsDigit(text[i]) || (text[i] is '.' or ',' or ':' && i + 1 < text.Length && char.IsDigit(text[i + 1]))))
        {
            i++;
        }

        if (i < text.Length && text[i] == '%')
        {
            i++;
        }

        tokens.Add(new Token(start, i - start, text[start..i], TokenKind.Number));
        return i;
    }

    private static string Normalize(ReadOnlySpan<char> raw)
    {
        Span<char> buffer = raw.Length <= 256 ? stackalloc char[raw.Length] : new char[raw.Length];
        for (var k = 0; k < raw.Length; k++)
        {
            var c = raw[k];
            buffer[k] = c == '’' ? '\'' : char.ToLowerInvariant(c);
        }

        return new string(buffer);
    }
}
