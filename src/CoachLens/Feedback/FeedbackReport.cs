using CoachLens.Scoring;

namespace CoachLens.Feedback;

/// <summary>A mentor's written feedback on the session: strengths, the top growth areas, mistakes seen.</summary>
public sealed record FeedbackReport(
    string Summary,
    IReadOnlyList<Strength> Strengths,
    IReadOnlyList<GrowthArea> GrowthAreas,
    IReadOnlyList<MistakeSeen> CommonMistakes);

/// <summary>Something the coach did well, tied to markers and quoted.</summary>
public sealed record Strength(IReadOnlyList<string> Markers, string Text, IReadOnlyList<Evidence> Evidence);

/// <summary>One of the top growth areas: what to develop, a tip, and a real moment rewritten.</summary>
public sealed record GrowthArea(
    IReadOnlyList<string> Markers,
    string Text,
    string Tip,
    Rewrite? CouldHaveSoundedLike,
    IReadOnlyList<Evidence> Evidence);

/// <summary>A real moment of this session and what it could have sounded like.</summary>
public sealed record Rewrite(int Turn, double? Start, string Original, string Suggestion);

/// <summary>A common mistake seen in this session, with the turns where it shows.</summary>
public sealed record MistakeSeen(string Id, string Text, IReadOnlyList<string> Markers, IReadOnlyList<int> Turns);
