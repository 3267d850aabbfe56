using System.Text.Json;
using CoachLens.Localization;

namespace CoachLens.Rubrics;

/// <summary>
/// Every text of a rubric in one more language, keyed by the rubric's own ids (a parallel file such as
/// icf-2019.tr.data.json). Applying it checks that nothing is missing, nothing is extra and each rewrite
/// template keeps the English placeholders, so a gap in a translation fails at load.
/// </summary>
public sealed record RubricTranslation(
    string Rubric,
    string Language,
    string Title,
    string Note,
    IReadOnlyDictionary<string, CompetencyTranslation> Competencies,
    IReadOnlyDictionary<string, MarkerTranslation> Markers,
    IReadOnlyDictionary<string, string> AccStatements,
    IReadOnlyDictionary<string, MistakeTranslation> CommonMistakes,
    IReadOnlyDictionary<string, LevelTranslation> Levels,
    string LevelCaveat)
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = true, ReadCommentHandling = JsonCommentHandling.Skip };

    public static RubricTranslation Parse(Stream json) =>
        JsonSerializer.Deserialize<RubricTranslation>(json, Options) ?? throw new InvalidDataException("rubric translation is empty");

    /// <summary>The rubric with every text replaced by this translation; throws listing every gap.</summary>
    public Rubric ApplyTo(Rubric rubric)
    {
        var problems = new List<string>();
        string T(string? text, string what)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                problems.Add($"{what} has no {Language} text");
                return string.Empty;
            }

            return text;
        }

        TValue? Find<TValue>(IReadOnlyDictionary<string, TValue>? map, string id, string what)
            where TValue : class
        {
            if (map is not null && map.TryGetValue(id, out var value))
            {
                return value;
            }

            problems.Add($"{what} {id} is not translated to {Language}");
            return null;
        }

        void Extra<TValue>(IReadOnlyDictionary<string, TValue>? map, IEnumerable<string> ids, string what) =>
            problems.AddRange((map?.Keys ?? []).Except(ids, StringComparer.Ordinal).Select(k => $"{what} {k} is translated but not in rubric {rubric.Id}"));

        if (Rubric != rubric.Id)
        {
            problems.Add($"the translation is for rubric '{Rubric}', not '{rubric.Id}'");
        }

        var competencies = rubric.Competencies.Select(c =>
        {
            var t = Find(Competencies, c.Id, "competency");
            Extra(t?.SubItems, c.SubItems.Select(s => s.Id), "sub-item");
            return c with
            {
                DomainName = T(t?.DomainName, $"competency {c.Id} domain"),
                Name = T(t?.Name, $"competency {c.Id} name"),
                Definition = T(t?.Definition, $"competency {c.Id} definition"),
                SubItems = c.SubItems.Select(s => s with { Text = T(t?.SubItems.GetValueOrDefault(s.Id), $"sub-item {s.Id}") }).ToArray(),
            };
        }).ToArray();
        Extra(Competencies, rubric.Competencies.Select(c => c.Id), "competency");

        var markers = rubric.Markers.Select(m =>
        {
            var t = Find(Markers, m.Id, "marker");
            var template = T(t?.Template, $"marker {m.Id} rewrite template");
            if (t is not null && !TextCatalog.Placeholders(template).SetEquals(TextCatalog.Placeholders(m.Rewrite.Template)))
            {
                problems.Add($"marker {m.Id} rewrite template in {Language} does not keep the English placeholders");
            }

            if (m.AssessabilityNote is null != (t?.AssessabilityNote is null) && t is not null)
            {
                problems.Add($"marker {m.Id} assessability note is {(m.AssessabilityNote is null ? "extra" : "missing")} in {Language}");
            }

            return m with
            {
                Text = T(t?.Text, $"marker {m.Id} text"),
                Tip = T(t?.Tip, $"marker {m.Id} tip"),
                AssessabilityNote = m.AssessabilityNote is null ? null : t?.AssessabilityNote,
                Rewrite = m.Rewrite with { Template = template },
            };
        }).ToArray();
        Extra(Markers, rubric.Markers.Select(m => m.Id), "marker");

        var acc = rubric.AccStatements.Select(a => a with { Text = T(AccStatements?.GetValueOrDefault(a.Id), $"ACC statement {a.Id}") }).ToArray();
        Extra(AccStatements, rubric.AccStatements.Select(a => a.Id), "ACC statement");

        var mistakes = rubric.CommonMistakes.Select(m =>
        {
            var t = Find(CommonMistakes, m.Id, "common mistake");
            return m with { Text = T(t?.Text, $"common mistake {m.Id}"), Name = T(t?.Name, $"common mistake {m.Id} name") };
        }).ToArray();
        Extra(CommonMistakes, rubric.CommonMistakes.Select(m => m.Id), "common mistake");

        var levels = rubric.Levels.Select(l =>
        {
            var t = Find(Levels, l.Level, "level");
            Extra(t?.Criteria, l.Criteria.Select(c => c.Id), "level criterion");
            return l with
            {
                Text = T(t?.Text, $"level {l.Level}"),
                Criteria = l.Criteria.Select(c => c with { Text = T(t?.Criteria.GetValueOrDefault(c.Id), $"level criterion {c.Id}") }).ToArray(),
            };
        }).ToArray();
        Extra(Levels, rubric.Levels.Select(l => l.Level), "level");

        var translated = rubric with
        {
            Title = T(Title, "title"),
            Note = T(Note, "note"),
            Competencies = competencies,
            Markers = markers,
            AccStatements = acc,
            CommonMistakes = mistakes,
            Levels = levels,
            LevelCaveat = T(LevelCaveat, "level caveat"),
            Language = Language,
        };
        return problems.Count == 0
            ? translated
            : throw new InvalidDataException($"the {Language} translation of rubric {rubric.Id} is incomplete: {string.Join("; ", problems)}");
    }
}
