namespace CoachLens.Rubrics;

/// <summary>A competency's texts in another language; sub-items keyed by their ids.</summary>
public sealed record CompetencyTranslation(string DomainName, string Name, string Definition, IReadOnlyDictionary<string, string> SubItems);

/// <summary>A marker's texts in another language: the paraphrase, the tip, the rewrite template and the assessability note.</summary>
public sealed record MarkerTranslation(string Text, string Tip, string Template, string? AssessabilityNote);

/// <summary>A common mistake's short name and description in another language.</summary>
public sealed record MistakeTranslation(string Name, string Text);

/// <summary>A level's description and its criteria texts (keyed by criterion id) in another language.</summary>
public sealed record LevelTranslation(string Text, IReadOnlyDictionary<string, string> Criteria);
