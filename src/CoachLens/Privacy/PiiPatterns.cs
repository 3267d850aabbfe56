using System.Text.RegularExpressions;

namespace CoachLens.Privacy;

/// <summary>The shapes of contact details in speech-to-text output: emails, URLs and phone numbers.</summary>
internal static partial class PiiPatterns
{
    [GeneratedRegex(@"[\p{L}\d._%+\-]+@[\p{L}\d\-]+(?:\.[\p{L}\d\-]+)+", RegexOptions.None, 1000)]
    public static partial Regex Email();

    // Scheme or www. URLs, and bare domains with a common top-level domain ("example.com/path").
    [GeneratedRegex(@"(?:https?://|www\.)[^\s<>""]+[^\s<>"".,;:!?)\]]|\b[\p{L}\d\-]+(?:\.[\p{L}\d\-]+)*\.(?:com|org|net|io|co|uk|de|fr|tr|edu|gov|info|biz|ai|app|dev|me)\b(?:/[^\s<>""]*[^\s<>"".,;:!?)\]])?", RegexOptions.IgnoreCase, 1000)]
    public static partial Regex Url();

    // Seven to fifteen digits with the separators people dictate: "+44 20 7946 0958", "(555) 123-4567", "0532 123 45 67".
    [GeneratedRegex(@"(?<![\w+])(?:\+\d{1,3}[ .\-]?)?(?:\(\d{1,4}\)[ .\-]?)?\d{2,4}(?:[ .\-]\d{2,4}){1,4}(?![\w])", RegexOptions.None, 1000)]
    public static partial Regex Phone();

    /// <summary>True when a phone-shaped match has enough digits and is not years ("2019 2020") or a date ("12.03.2024").</summary>
    public static bool IsPhone(string match)
    {
        var digits = match.Count(char.IsAsciiDigit);
        if (digits is < 7 or > 15)
        {
            return false;
        }

        var groups = match.Split([' ', '.', '-', '(', ')', '+'], StringSplitOptions.RemoveEmptyEntries);
        var years = groups.Count(IsYear);
        var isDate = groups.Length == 3 && years == 1 && groups.All(g => IsYear(g) || g.Length <= 2);
        return years < groups.Length && !isDate;
    }

    private static bool IsYear(string group) =>
        group.Length == 4 && (group.StartsWith("19", StringComparison.Ordinal) || group.StartsWith("20", StringComparison.Ordinal));
}
