namespace CoachLens.Rubrics;

/// <summary>
/// A mistake mentors often see, and how to spot it: at least <see cref="Min"/> turns with behavior
/// <see cref="Code"/>, or a session metric of at least <see cref="Min"/>.
/// </summary>
public sealed record CommonMistake(string Id, string Text, IReadOnlyList<string> Markers, string? Code, string? Metric, double Min)
{
    /// <summary>A short name for the mistake in the rubric's language; the id in words when the data gives none.</summary>
    public string? Name { get; init; }

    public string DisplayName => Name ?? Id.Replace('_', ' ');
}
