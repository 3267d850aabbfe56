using System.Text.RegularExpressions;

namespace CoachLens.Detectors;

/// <summary>One data rule: a behavior code, whose turns it applies to, and the patterns that fire or block it.</summary>
public sealed record PhraseRule(string Code, string Role, IReadOnlyList<Regex> Patterns, IReadOnlyList<Regex> Exclude, string Source)
{
    /// <summary>The first pattern match in the text unless an exclusion matches; null otherwise.</summary>
    public Match? FirstMatch(string text)
    {
        if (Exclude.Any(x => x.IsMatch(text)))
        {
            return null;
        }

        foreach (var p in Patterns)
        {
            var m = p.Match(text);
            if (m.Success)
            {
                return m;
            }
        }

        return null;
    }
}
