using System.Text.Json;

namespace CoachLens.Rubrics;

/// <summary>Loads and validates the embedded rubric data; a broken rubric fails loudly at load, never mid-report.</summary>
public static class RubricLoader
{
    private static readonly Lazy<Rubric> Icf2019 = new(() => Load("icf-2019"));
    private static readonly Dictionary<string, Rubric> Translated = new(StringComparer.Ordinal);

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
    };

    /// <summary>The default rubric, ICF 2019 core competencies with the PCC markers.</summary>
    public static Rubric Default => Icf2019.Value;

    /// <summary>The default rubric with its texts in a supported report language.</summary>
    public static Rubric For(string language)
    {
        if (language == Localization.Languages.English)
        {
            return Default;
        }

        lock (Translated)
        {
            if (!Translated.TryGetValue(language, out var rubric))
            {
                rubric = Load(Default.Id, language);
                Translated[language] = rubric;
            }

            return rubric;
        }
    }

    /// <summary>A rubric in a language: the English data with the parallel translation file applied and checked.</summary>
    public static Rubric Load(string id, string language)
    {
        var english = Load(id);
        if (language == Localization.Languages.English)
        {
            return english;
        }

        var resource = $"CoachLens.Rubrics/Data/{id}.{language}.data.json";
        using var stream = typeof(RubricLoader).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidDataException($"rubric '{id}' has no {language} translation ({resource})");
        return Validate(RubricTranslation.Parse(stream).ApplyTo(english));
    }

    public static Rubric Load(string id)
    {
        var resource = $"CoachLens.Rubrics/Data/{id}.data.json";
        using var stream = typeof(RubricLoader).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidDataException($"rubric '{id}' is not embedded ({resource})");
        return Validate(Parse(stream));
    }

    public static Rubric Parse(Stream json) =>
        JsonSerializer.Deserialize<Rubric>(json, Options) ?? throw new InvalidDataException("rubric is empty");

    public static Rubric Validate(Rubric rubric)
    {
        var problems = new List<string>();
        if (rubric.Competencies.Count != 8)
        {
            problems.Add($"expected 8 competencies, found {rubric.Competencies.Count}");
        }

        foreach (var m in rubric.Markers)
        {
            if (rubric.Competencies.All(c => c.Id != m.Competency))
            {
                problems.Add($"marker {m.Id} names unknown competency {m.Competency}");
            }

            if (m.Assessability is not ("full" or "partial"))
            {
                problems.Add($"marker {m.Id} has assessability '{m.Assessability}' (full|partial)");
            }

            if (m.IsPartlyAssessable && string.IsNullOrWhiteSpace(m.AssessabilityNote))
            {
                problems.Add($"marker {m.Id} is partly assessable but does not say how");
            }

            if (string.IsNullOrWhiteSpace(m.Text) || string.IsNullOrWhiteSpace(m.Source))
            {
                problems.Add($"marker {m.Id} lacks text or source");
            }
        }

        foreach (var level in rubric.Levels)
        {
            foreach (var c in level.Criteria)
            {
                var kinds = new[] { c.Marker is not null || c.AnyMarker is not null, c.Flag is not null, c.Metric is not null }.Count(k => k);
                if (kinds != 1)
                {
                    problems.Add($"level criterion {c.Id} must check exactly one of marker, flag or metric");
                }

                foreach (var id in (c.AnyMarker ?? []).Append(c.Marker).OfType<string>().Where(id => rubric.Markers.All(m => m.Id != id)))
                {
                    problems.Add($"level criterion {c.Id} names unknown marker {id}");
                }
            }
        }

        if (rubric.Markers.Any(m => string.IsNullOrWhiteSpace(m.Tip) || m.Rewrite is null))
        {
            problems.Add("every marker needs a development tip and a rewrite");
        }

        var duplicate = rubric.Markers.GroupBy(m => m.Id).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            problems.Add($"marker {duplicate.Key} appears twice");
        }

        return problems.Count == 0
            ? rubric
            : throw new InvalidDataException($"rubric {rubric.Id} is invalid: {string.Join("; ", problems)}");
    }
}
