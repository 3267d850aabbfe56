using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using CoachLens.Exam.Bank;

namespace CoachLens.Exam.Localization;

/// <summary>
/// The exam's user-interface text in English and Turkish, from Localization/strings.data.json: the strings
/// are data, checked at load (every key in both languages, the same placeholders in both).
/// </summary>
public sealed partial class UiText
{
    private static readonly Lazy<IReadOnlyDictionary<string, LocalizedText>> Strings = new(Load);

    private UiText(ExamLanguage language)
    {
        Language = language;
        Culture = language == ExamLanguage.Tr ? TurkishNumbers() : CultureInfo.InvariantCulture;
    }

    public ExamLanguage Language { get; }

    /// <summary>Formats numbers for this language: "71.5" in English, "71,5" in Turkish.</summary>
    public IFormatProvider Culture { get; }

    public static UiText English { get; } = new(ExamLanguage.En);

    public static UiText Turkish { get; } = new(ExamLanguage.Tr);

    public static IReadOnlyCollection<string> Keys => (IReadOnlyCollection<string>)Strings.Value.Keys;

    public static UiText For(ExamLanguage language) => language == ExamLanguage.Tr ? Turkish : English;

    public string this[string key] =>
        Strings.Value.TryGetValue(key, out var text)
            ? text.In(Language)!
            : throw new KeyNotFoundException($"no UI string '{key}'");

    public string Format(string key, params object?[] args) => string.Format(Culture, this[key], args);

    /// <summary>A percentage with one decimal: "71.5%" in English, "%71,5" in Turkish.</summary>
    public string Percent(double value) => Format("format.percent", value.ToString("0.#", Culture));

    /// <summary>A duration as h:mm:ss.</summary>
    public static string Clock(TimeSpan time) =>
        $"{(int)time.TotalHours}:{time.Minutes:00}:{time.Seconds:00}";

    public string CompetencyName(int competency) => this[$"competency.{competency}"];

    public string DomainName(char domain) => this[$"domain.{domain}"];

    internal static IReadOnlyDictionary<string, LocalizedText> Parse(Stream json)
    {
        var doc = JsonSerializer.Deserialize<StringsFile>(json, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })
            ?? throw new InvalidDataException("UI strings are empty");
        var problems = new List<string>();
        foreach (var (key, text) in doc.Strings)
        {
            if (!text.IsCompleteIn(ExamLanguage.En) || !text.IsCompleteIn(ExamLanguage.Tr))
            {
                problems.Add($"'{key}' needs both en and tr");
            }
            else if (!Placeholders(text.En!).SetEquals(Placeholders(text.Tr!)))
            {
                problems.Add($"'{key}' has different placeholders in en and tr");
            }
        }

        return problems.Count == 0
            ? doc.Strings
            : throw new InvalidDataException($"UI strings are invalid: {string.Join("; ", problems)}");
    }

    private static IReadOnlyDictionary<string, LocalizedText> Load()
    {
        using var stream = typeof(UiText).Assembly.GetManifestResourceStream("CoachLens.Exam.Localization/strings.data.json")
            ?? throw new InvalidDataException("UI strings are not embedded");
        return Parse(stream);
    }

    private static HashSet<string> Placeholders(string text) =>
        PlaceholderPattern().Matches(text).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);

    private static NumberFormatInfo TurkishNumbers() =>
        new() { NumberDecimalSeparator = ",", NumberGroupSeparator = "." };

    [GeneratedRegex(@"\{(\d+)(?:[:,][^}]*)?\}")]
    private static partial Regex PlaceholderPattern();

    private sealed record StringsFile(string Version, string Source, Dictionary<string, LocalizedText> Strings);
}
