using System.Text.RegularExpressions;

namespace CoachLens.Transcripts;

/// <summary>
/// Finds transcriber annotations such as [laughs], (pause) or [inaudible]. They stay in the turn text
/// (the report quotes the input as read) but are listed apart because silence and non-verbal cues
/// are evidence for markers 5.5 and 6.4, and they are not the client's words.
/// </summary>
public static partial class TurnAnnotations
{
    private static readonly HashSet<string> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        "laughs", "laughing", "laughter", "chuckles", "sighs", "sigh", "pause", "long pause", "silence",
        "inaudible", "crosstalk", "crying", "cries", "tearful", "tears", "smiles", "nods", "clears throat",
        "coughs", "unintelligible", "music", "background noise", "gülüyor", "güler", "sessizlik", "duraklama",
        "iç çeker", "ağlıyor", "anlaşılmıyor",
    };

    /// <summary>The annotations in a turn's text, lower-cased, in order.</summary>
    public static IReadOnlyList<string> Find(string text)
    {
        var found = new List<string>();
        foreach (Match m in Pattern().Matches(text))
        {
            if (IsAnnotation(m))
            {
                found.Add(Inner(m));
            }
        }

        return found;
    }

    /// <summary>The text with annotations removed and whitespace collapsed: the words actually spoken.</summary>
    public static string Strip(string text)
    {
        var stripped = Pattern().Replace(text, m => IsAnnotation(m) ? " " : m.Value);
        return Whitespace.Normalize(stripped);
    }

    // Square brackets are the transcriber's voice, except redaction placeholders ([CLIENT], [PERSON-1]),
    // which stand for spoken names; round brackets only for known annotations, since people speak asides.
    private static bool IsAnnotation(Match m)
    {
        var inner = Inner(m);
        return (m.Value[0] == '[' && !Placeholder().IsMatch(m.Groups["a"].Value)) || Known.Contains(inner) || IsKnownPrefix(inner);
    }

    // Rev and others date some annotations ("[inaudible 00:12:03]"); the time is not part of the kind.
    private static string Inner(Match m) =>
        TrailingTime().Replace(m.Groups["a"].Value.Trim().ToLowerInvariant(), string.Empty).Trim();

    private static bool IsKnownPrefix(string inner) =>
        inner.Split(' ', 2)[0] is "pause" or "pauses" or "silence" or "laughs" or "sighs" or "long";

    [GeneratedRegex(@"\[(?<a>[^\[\]]{1,40})\]|\((?<a>[^()]{1,40})\)")]
    private static partial Regex Pattern();

    [GeneratedRegex(@"^(?:CLIENT|COACH|PERSON-\d+|EMAIL-\d+|PHONE-\d+|URL-\d+|TERM-\d+)$")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\s+\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?$")]
    private static partial Regex TrailingTime();
}
