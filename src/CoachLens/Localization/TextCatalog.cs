using System.Text.Json;
using System.Text.RegularExpressions;

namespace CoachLens.Localization;

/// <summary>
/// Loads the embedded text catalogs (Localization/Data/*.data.json): every key in every supported
/// language, with the same placeholders in each. A missing or broken translation fails at load.
/// </summary>
public sealed partial class TextCatalog
{
    private const string Prefix = "CoachLens.Localization/Data/";
    private static readonly Lazy<TextCatalog> Embedded = new(LoadEmbedded);
    private readonly Dictionary<string, Texts> byLanguage;

    private TextCatalog(Dictionary<string, Texts> byLanguage) => this.byLanguage = byLanguage;

    public static TextCatalog Default => Embedded.Value;

    public Texts For(string language) =>
        byLanguage.TryGetValue(language, out var texts) ? texts : throw new ArgumentException($"unsupported report language '{language}' (supported: {string.Join(", ", Languages.All)})", nameof(language));

    /// <summary>Builds a catalog from catalog files, checking each entry against every supported language.</summary>
    public static TextCatalog Parse(IEnumerable<(string Name, Stream Json)> files)
    {
        var merged = Languages.All.ToDictionary(l => l, _ => new Dictionary<string, string>(StringComparer.Ordinal), StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var (name, json) in files)
        {
            var file = JsonSerializer.Deserialize<CatalogFile>(json, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })
                ?? throw new InvalidDataException($"text catalog {name} is empty");
            foreach (var (key, translations) in file.Texts)
            {
                if (merged[Languages.English].ContainsKey(key))
                {
                    problems.Add($"{name}: '{key}' is defined twice");
                    continue;
                }

                var english = translations.GetValueOrDefault(Languages.English);
                foreach (var language in Languages.All)
                {
                    if (!translations.TryGetValue(language, out var text) || string.IsNullOrWhiteSpace(text))
                    {
                        problems.Add($"{name}: '{key}' has no {language} text");
                        continue;
                    }

                    if (english is not null && !Placeholders(text).SetEquals(Placeholders(english)))
                    {
                        problems.Add($"{name}: '{key}' in {language} has placeholders {{{string.Join("}, {", Placeholders(text).Order())}}} but English has {{{string.Join("}, {", Placeholders(english).Order())}}}");
                    }

                    merged[language][key] = text;
                }

                foreach (var extra in translations.Keys.Where(l => !Languages.IsSupported(l)))
                {
                    problems.Add($"{name}: '{key}' has text in unsupported language '{extra}'");
                }
            }
        }

        return problems.Count == 0
            ? new TextCatalog(merged.ToDictionary(kv => kv.Key, kv => new Texts(kv.Key, kv.Value), StringComparer.Ordinal))
            : throw new InvalidDataException($"text catalog is invalid: {string.Join("; ", problems)}");
    }

    /// <summary>The placeholder names of a template, such as {turn}.</summary>
    public static HashSet<string> Placeholders(string template) =>
        PlaceholderPattern().Matches(template).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);

    private static TextCatalog LoadEmbedded()
    {
        var assembly = typeof(TextCatalog).Assembly;
        var names = assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        var streams = names.Select(n => (n[Prefix.Length..], assembly.GetManifestResourceStream(n)!)).ToList();
        try
        {
            return Parse(streams);
        }
        finally
        {
            streams.ForEach(s => s.Item2.Dispose());
        }
    }

    [GeneratedRegex(@"\{([A-Za-z][A-Za-z0-9]*)\}")]
    private static partial Regex PlaceholderPattern();

    private sealed record CatalogFile(string Version, Dictionary<string, Dictionary<string, string>> Texts);
}
