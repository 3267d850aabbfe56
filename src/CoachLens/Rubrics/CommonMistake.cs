namespace CoachLens.Rubrics;

/// <summary>
/// A mistake mentors often see, and how to spot it: at least <see cref="Min"/> turns with behavior
/// <see cref="Code"/>, or a session metric of at least <see cref="Min"/>.
/// </summary>
public sealed record CommonMistake(string Id, string Text, IReadOnlyList<string> Markers, string? Code, string? Metric, double Min);
