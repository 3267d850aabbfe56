using System.Text.Json;

namespace CoachLens.Web.Setup;

/// <summary>The UI strings of every language, loaded once from the embedded Strings/*.json files.</summary>
public sealed class UiStrings
{
    public static IReadOnlyList<string> Languages { get; } = ["en", "tr"];

    public static UiStrings Default { get; } = new();

    private readonly Dictionary<string, IReadOnlyDictionary<string, string>> byLanguage = [];

    private UiStrings()
    {
        foreach (var lang in Languages)
        {
            using var stream = typeof(UiStrings).Assembly.GetManifestResourceStream($"CoachLens.Web.Strings.{lang}.json")
                ?? throw new InvalidOperationException($"UI strings for '{lang}' are not embedded");
            var all = JsonSerializer.Deserialize<Dictionary<string, string>>(stream) ?? [];
            all.Remove("$comment");
            byLanguage[lang] = all;
        }
    }

    public IReadOnlyDictionary<string, string> Of(string lang) => byLanguage.GetValueOrDefault(lang) ?? byLanguage["en"];

    public static string Normalize(string? lang) => lang is not null && Languages.Contains(lang) ? lang : "en";
}
