using System.Text.RegularExpressions;
using CoachLens.Detection;

namespace CoachLens.Trust;

/// <summary>
/// One entry of the trust data files: a named cue that fires when a turn carries one of its behavior codes
/// or matches one of its patterns and none of its exclusions. With <see cref="Also"/>, a pattern match counts
/// only when one of those patterns matches somewhere in the same text too ("can't sleep" and "for weeks").
/// Weight and cap are used by openness signals.
/// </summary>
public sealed record Cue(
    string Id,
    string Label,
    IReadOnlyList<string> Codes,
    IReadOnlyList<Regex> Patterns,
    IReadOnlyList<Regex> Exclude,
    double Weight,
    int Cap,
    string Source)
{
    /// <summary>Patterns of which one must also match the text for a pattern match to count; empty when not needed.</summary>
    public IReadOnlyList<Regex> Also { get; init; } = [];

    /// <summary>The first pattern match in the text, or null when nothing matches or an exclusion does.</summary>
    public Match? FirstMatch(string text)
    {
        text = Plain(text);
        if (Exclude.Any(x => x.IsMatch(text)) || (Also.Count > 0 && !Also.Any(x => x.IsMatch(text))))
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

    public bool Matches(string text) => FirstMatch(text) is not null;

    /// <summary>How many distinct places in the text match (overlaps counted once), up to <see cref="Cap"/>.</summary>
    public int Count(string text)
    {
        text = Plain(text);
        if (Exclude.Any(x => x.IsMatch(text)) || (Also.Count > 0 && !Also.Any(x => x.IsMatch(text))))
        {
            return 0;
        }

        var starts = Patterns.SelectMany(p => p.Matches(text)).Select(m => m.Index).Distinct().Count();
        return Cap > 0 ? Math.Min(starts, Cap) : starts;
    }

    /// <summary>Typographic apostrophes read as plain ones, so "don’t" matches "don'?t"; one character for one, so positions hold.</summary>
    private static string Plain(string text) => text.Replace('’', '\'').Replace('‘', '\'');

    /// <summary>Whether the cue fires on a turn: by one of its codes or by its patterns, unless an exclusion matches.</summary>
    public bool Fires(int turn, string spoken, DetectionResult detection) =>
        !Exclude.Any(x => x.IsMatch(Plain(spoken))) && (Codes.Any(c => detection.Has(turn, c)) || Matches(spoken));

    /// <summary>Where the cue fires in a turn: the match position, or the position a detector recorded for its code.</summary>
    public int? Position(int turn, string spoken, DetectionResult detection)
    {
        var match = FirstMatch(spoken);
        if (match is not null)
        {
            return match.Index;
        }

        var annotation = detection.For(turn).FirstOrDefault(a => Codes.Contains(a.Code));
        return annotation?.SpanStart;
    }
}
