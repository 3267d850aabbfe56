using System.Text.RegularExpressions;

namespace CoachLens.Transcripts;

/// <summary>Whitespace normalization shared by every reader, so turn text compares the same everywhere.</summary>
public static partial class Whitespace
{
    public static string Normalize(string text) => Runs().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Runs();
}
