using System.Globalization;
using System.Text;

namespace CoachLens.Localization;

/// <summary>
/// The sentence templates and labels of one language, from the embedded text catalog. Templates name
/// their placeholders ({turn}, {share}); numbers are formatted the way the language writes them.
/// </summary>
public sealed class Texts
{
    private readonly IReadOnlyDictionary<string, string> entries;

    internal Texts(string language, IReadOnlyDictionary<string, string> entries)
    {
        Language = language;
        this.entries = entries;
    }

    public string Language { get; }

    public static Texts English => TextCatalog.Default.For(Languages.English);

    /// <summary>The texts of a supported language.</summary>
    public static Texts For(string language) => TextCatalog.Default.For(language);

    /// <summary>The text for a key, as written in the catalog.</summary>
    public string this[string key] =>
        entries.TryGetValue(key, out var text) ? text : throw new KeyNotFoundException($"no text '{key}' in language {Language}");

    public bool Has(string key) => entries.ContainsKey(key);

    /// <summary>The template for a key with its placeholders filled; values are formatted invariantly unless already strings.</summary>
    public string Format(string key, params (string Name, object? Value)[] values)
    {
        var template = this[key];
        var sb = new StringBuilder(template.Length + 64);
        var i = 0;
        // One pass over the template, so a value that itself contains "{name}" (a quote) is never expanded.
        while (i < template.Length)
        {
            var open = template.IndexOf('{', i);
            var close = open < 0 ? -1 : template.IndexOf('}', open);
            if (close < 0)
            {
                sb.Append(template, i, template.Length - i);
                break;
            }

            sb.Append(template, i, open - i);
            var name = template[(open + 1)..close];
            var match = Array.FindIndex(values, v => v.Name == name);
            sb.Append(match >= 0 ? Show(values[match].Value) : template[open..(close + 1)]);
            i = close + 1;
        }

        return sb.ToString();
    }

    private static string Show(object? value) => value switch
    {
        null => string.Empty,
        string s => s,
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    /// <summary>A share (0–1) as a whole percentage: "14 %" in English, "%14" in Turkish.</summary>
    public string Percent(double share)
    {
        var n = Math.Round(share * 100, MidpointRounding.AwayFromZero).ToString("0", CultureInfo.InvariantCulture);
        return Language == Languages.Turkish ? "%" + n : share.ToString("P0", CultureInfo.InvariantCulture);
    }

    /// <summary>A number with the language's decimal separator.</summary>
    public string Number(double value, string format = "0.#")
    {
        var s = value.ToString(format, CultureInfo.InvariantCulture);
        return Language == Languages.Turkish ? s.Replace('.', ',') : s;
    }

    /// <summary>A marker status ("observed", "not_observed", …) in words.</summary>
    public string Status(string status) => this["status." + status];
}
