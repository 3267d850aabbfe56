using System.Text.RegularExpressions;

namespace CoachLens.Text;

/// <summary>A sentence of a turn with its character span in the spoken text.</summary>
public sealed record Sentence(string Text, int Start, int Length)
{
    public bool IsQuestion => Text.EndsWith('?');
}

/// <summary>
/// Splits a turn into sentences at ., ?, ! and at "--" cut-offs, which in speech mark a restart
/// rather than an ending but still separate what was said.
/// </summary>
public static partial class SentenceSplitter
{
    public static IReadOnlyList<Sentence> Split(string text)
    {
        var result = new List<Sentence>();
        foreach (Match m in Piece().Matches(text))
        {
            var value = m.Value.Trim();
            if (value.Any(char.IsLetterOrDigit))
            {
                result.Add(new Sentence(value, m.Index + (m.Value.Length - m.Value.TrimStart().Length), value.Length));
            }
        }

        return result;
    }

    // A run up to and including terminal punctuation (not a decimal point), or to a "--" break, or the end.
    [GeneratedRegex(@"[^.?!]+?(?:[.?!…]+(?=\s|$|[""'”’)])|--+|$)|[^.?!]+")]
    private static partial Regex Piece();
}
