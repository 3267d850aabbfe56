using System.Text.RegularExpressions;

namespace CoachLens.Scoring;

/// <summary>
/// One marker's rule from marker-rules.data.json. A "cue" rule looks for coach turns in a part of the
/// session (window) that carry one of <see cref="Codes"/> or match one of <see cref="Patterns"/>;
/// a "computed" rule is evaluated in code (<see cref="ComputedMarkers"/>). Partial patterns are weaker
/// signs (generic praise, a formulaic "that makes sense") that can make a marker partial but never observed;
/// exclusions veto a turn; Echo counts a coach turn that opens by giving the client's own words back.
/// </summary>
public sealed record MarkerRule(
    string Marker,
    string Kind,
    string Window,
    IReadOnlyList<string> Codes,
    IReadOnlyList<Regex> Patterns,
    IReadOnlyList<string> AfterClientCodes,
    IReadOnlyList<Regex> PartialPatterns,
    IReadOnlyList<Regex> ExcludePatterns,
    bool Echo,
    bool RequireAll,
    int MinCount,
    string Found,
    string Missing);
