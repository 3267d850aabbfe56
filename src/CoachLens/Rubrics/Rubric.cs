namespace CoachLens.Rubrics;

/// <summary>A versioned competency rubric: the competencies, the PCC markers and the ACC statements.</summary>
public sealed record Rubric(
    string Id,
    string Version,
    string Title,
    string Note,
    IReadOnlyList<Competency> Competencies,
    IReadOnlyList<Marker> Markers,
    IReadOnlyList<AccStatement> AccStatements,
    IReadOnlyList<CommonMistake> CommonMistakes,
    IReadOnlyList<LevelDefinition> Levels,
    string LevelCaveat,
    EthicsSettings Ethics,
    IReadOnlyList<string> FeedbackPriority)
{
    /// <summary>The language of the rubric's texts ("en" as authored; translations are applied by <see cref="RubricLoader"/>).</summary>
    public string Language { get; init; } = Localization.Languages.English;

    public Marker Marker(string id) =>
        Markers.FirstOrDefault(m => m.Id == id) ?? throw new KeyNotFoundException($"marker {id} is not in rubric {Id}");

    public Competency Competency(string id) =>
        Competencies.FirstOrDefault(c => c.Id == id) ?? throw new KeyNotFoundException($"competency {id} is not in rubric {Id}");

    public IEnumerable<Marker> MarkersOf(string competencyId) => Markers.Where(m => m.Competency == competencyId);
}
