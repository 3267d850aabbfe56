namespace CoachLens.Text;

/// <summary>
/// A sentence of a turn with its character span in the spoken text. <paramref name="CutOff"/> marks a
/// sentence the speaker broke off ("--" or a word ending in a dash), which in speech is a restart.
/// </summary>
public sealed record Sentence(string Text, int Start, int Length, bool CutOff = false)
{
    /// <summary>The sentence ends with a question mark (closing quotes and brackets aside).</summary>
    public bool IsQuestion => Text.TrimEnd('"', '\'', '”', '’', ')', ']').EndsWith('?');
}

/// <summary>
/// Splits a turn into sentences at ., ?, ! and … and at cut-offs ("--", or a dash right after a word:
/// "tell me- tell me"), which in speech mark a restart rather than an ending but still separate what
/// was said. A dot after a known abbreviation ("Dr.") or a single initial does not end a sentence.
/// </summary>
public static class SentenceSplitter
{
    public static IReadOnlyList<Sentence> Split(string text) => Split(text, SpeechLexicon.Default);

    public static IReadOnlyList<Sentence> Split(string text, SpeechLexicon lexicon)
    {
        var result = new List<Sentence>();
        var start = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            int end;
            var cutOff = false;
            if (c is '?' or '!' or '…' || (c == '.' && !IsAbbreviation(text, i, lexicon)))
            {
                end = i;
                while (end < text.Length && text[end] is '.' or '?' or '!' or '…')
                {
                    end++;
                }

                while (end < text.Length && text[end] is '"' or '\'' or '”' or '’' or ')' or ']')
                {
                    end++;
                }

                // "3.5" or "e.g.x" is not an ending; "Why?Because" (a missing space) is.
                if (end < text.Length && !char.IsWhiteSpace(text[end]) && !(c != '.' && char.IsUpper(text[end])))
                {
                    i = end;
                    continue;
                }
            }
            else if (c == '-' && ((i + 1 < text.Length && text[i + 1] == '-') || (i > 0 && char.IsLetter(text[i - 1]) && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1])))))
            {
                end = i;
                while (end < text.Length && text[end] == '-')
                {
                    end++;
                }

                cutOff = true;
            }
            else
            {
                i++;
                continue;
            }

            Add(result, text, start, end, cutOff);
            start = end;
            i = end;
        }

        Add(result, text, start, text.Length, false);
        return result;
    }

    private static void Add(List<Sentence> result, string text, int start, int end, bool cutOff)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        var span = text.AsSpan(start, end - start);
        foreach (var ch in span)
        {
            if (char.IsLetterOrDigit(ch))
            {
                result.Add(new Sentence(span.ToString(), start, end - start, cutOff));
                return;
            }
        }
    }

    // The word before this dot: an abbreviation ("dr", "e.g") or a single capital initial ("J.").
    private static bool IsAbbreviation(string text, int dot, SpeechLexicon lexicon)
    {
        var s = dot;
        while (s > 0 && (char.IsLetter(text[s - 1]) || (text[s - 1] == '.' && s > 1 && char.IsLetter(text[s - 2]))))
        {
            s--;
        }

        if (s == dot)
        {
            return false;
        }

        if (dot - s == 1 && char.IsUpper(text[s]) && text[s] != 'I')
        {
            return true;
        }

        return lexicon.Abbreviations.Contains(text[s..dot].ToLowerInvariant());
    }
}
