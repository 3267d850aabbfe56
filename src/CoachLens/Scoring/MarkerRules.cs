using System.Text.Json;
using System.Text.RegularExpressions;

namespace CoachLens.Scoring;

/// <summary>The marker rules and thresholds, loaded from embedded data and checked at load.</summary>
public sealed record MarkerRules(string Version, ScoringThresholds Thresholds, QualityCap QualityCap, IReadOnlyList<MarkerRule> Rules)
{
    private static readonly Lazy<MarkerRules> Embedded = new(() =>
    {
        using var stream = typeof(MarkerRules).Assembly.GetManifestResourceStream("CoachLens.Scoring/Data/marker-rules.data.json")
            ?? throw new InvalidDataException("marker rules are not embedded");
        return Parse(stream);
    });

    private static readonly Dictionary<string, MarkerRules> Translated = new(StringComparer.Ordinal);

    public static MarkerRules Default => Embedded.Value;

    /// <summary>The language of the found and missing texts.</summary>
    public string Language { get; init; } = Localization.Languages.English;

    /// <summary>The default rules with their texts in a supported report language (marker-rules.LANG.data.json).</summary>
    public static MarkerRules InLanguage(string language)
    {
        if (language == Localization.Languages.English)
        {
            return Default;
        }

        lock (Translated)
        {
            if (!Translated.TryGetValue(language, out var rules))
            {
                var resource = $"CoachLens.Scoring/Data/marker-rules.{language}.data.json";
                using var stream = typeof(MarkerRules).Assembly.GetManifestResourceStream(resource)
                    ?? throw new InvalidDataException($"marker rules have no {language} translation ({resource})");
                rules = Default.Translate(stream);
                Translated[language] = rules;
            }

            return rules;
        }
    }

    /// <summary>These rules with found, missing and quality-cap texts from a translation file; every rule must be translated.</summary>
    public MarkerRules Translate(Stream json)
    {
        var file = JsonSerializer.Deserialize<TranslationFile>(json, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })
            ?? throw new InvalidDataException("marker rule translation is empty");
        var problems = Rules.Where(r => !file.Rules.TryGetValue(r.Marker, out var t) || string.IsNullOrWhiteSpace(t.Found) || string.IsNullOrWhiteSpace(t.Missing))
            .Select(r => $"rule {r.Marker} has no {file.Language} found/missing text")
            .Concat(file.Rules.Keys.Where(k => Rules.All(r => r.Marker != k)).Select(k => $"rule {k} is translated but does not exist"))
            .ToList();
        if (string.IsNullOrWhiteSpace(file.QualityCapNote))
        {
            problems.Add($"the quality cap note has no {file.Language} text");
        }

        if (problems.Count > 0)
        {
            throw new InvalidDataException($"the {file.Language} marker rules are incomplete: {string.Join("; ", problems)}");
        }

        return this with
        {
            Rules = Rules.Select(r => r with { Found = file.Rules[r.Marker].Found, Missing = file.Rules[r.Marker].Missing }).ToArray(),
            QualityCap = QualityCap with { Note = file.QualityCapNote },
            Language = file.Language,
        };
    }

    public static MarkerRules Parse(Stream json)
    {
        var file = JsonSerializer.Deserialize<RuleFile>(json, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })
            ?? throw new InvalidDataException("marker rules are empty");
        var rules = file.Rules.Select(r =>
        {
            if (r.Kind is not ("cue" or "computed"))
            {
                throw new InvalidDataException($"marker rule {r.Marker} has kind '{r.Kind}' (cue|computed)");
            }

            if (r.Kind == "cue" && (r.Codes ?? []).Count == 0 && (r.Patterns ?? []).Count == 0)
            {
                throw new InvalidDataException($"cue rule {r.Marker} has neither codes nor patterns");
            }

            var unknown = (r.Codes ?? []).Concat(r.AfterClientCodes ?? []).FirstOrDefault(c => !Detection.Behaviors.All.Contains(c));
            if (unknown is not null)
            {
                throw new InvalidDataException($"marker rule {r.Marker} names unknown behavior code '{unknown}'");
            }

            return new MarkerRule(
                r.Marker,
                r.Kind,
                r.Window ?? "any",
                r.Codes ?? [],
                (r.Patterns ?? []).Select(Compile).ToArray(),
                r.AfterClientCodes ?? [],
                (r.PartialPatterns ?? []).Select(Compile).ToArray(),
                (r.ExcludePatterns ?? []).Select(Compile).ToArray(),
                r.Echo ?? false,
                r.Require == "all",
                r.MinCount ?? 1,
                r.Found,
                r.Missing);
        }).ToArray();
        return new MarkerRules(file.Version, file.Thresholds, file.QualityCap, rules);
    }

    private static Regex Compile(string pattern) =>
        new(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled, TimeSpan.FromSeconds(1));

    public MarkerRule For(string marker) =>
        Rules.FirstOrDefault(r => r.Marker == marker) ?? throw new KeyNotFoundException($"no rule for marker {marker}");

    private sealed record TranslationFile(string Language, string QualityCapNote, Dictionary<string, RuleTexts> Rules);

    private sealed record RuleTexts(string Found, string Missing);

    private sealed record RuleFile(string Version, ScoringThresholds Thresholds, QualityCap QualityCap, IReadOnlyList<RuleEntry> Rules);

    private sealed record RuleEntry(
        string Marker,
        string Kind,
        string? Window,
        IReadOnlyList<string>? Codes,
        IReadOnlyList<string>? Patterns,
        IReadOnlyList<string>? AfterClientCodes,
        IReadOnlyList<string>? PartialPatterns,
        IReadOnlyList<string>? ExcludePatterns,
        bool? Echo,
        string? Require,
        int? MinCount,
        string Found,
        string Missing);
}
