using System.Text.RegularExpressions;

namespace CoachLens.Transcripts;

/// <summary>Whitespace normalization shared by every reader, so turn text compares the same everywhere.</summary>
public static partial class Whitespace
{
    public static string Normalize(string text) => IsNormal(text) ? text : Runs().Replace(text, " ").Trim();

    // Most text is already normal; checking is much cheaper than a regex replace over every turn.
    private static bool IsNormal(string text)
    {
        if (text.Length == 0)
        {
            return true;
        }

        if (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]))
        {
            return false;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) && (c != ' ' || char.IsWhiteSpace(text[i + 1])))
            {
                return false;
            }
        }

        return true;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Runs();
}
