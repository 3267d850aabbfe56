using System.Globalization;
using CoachLens.Localization;

namespace CoachLens.Trust;

/// <summary>
/// The words of the trust view in the report's language (Localization/Data/trust.data.json): labels of moves,
/// breakers, repair parts, contracting topics, risk categories and responses, and the sentence templates.
/// </summary>
public sealed class TrustWords(Texts texts)
{
    public Texts Texts => texts;

    public string this[string key] => texts[key];

    public string Format(string key, params (string Name, object? Value)[] values) => texts.Format(key, values);

    public string Move(string id) => texts["trust.move." + id];

    public string Breaker(string kind) => texts["trust.breaker." + kind];

    public string Why(string kind) => texts["trust.why." + kind];

    public string RepairPart(string id) => texts["trust.repair." + id];

    public string Topic(string id) => texts["trust.topic." + id];

    public string Risk(string category) => texts["trust.risk." + category];

    public string Response(string id) => texts["trust.response." + id];

    /// <summary>An openness level as the report writes it: two decimals, the language's separator.</summary>
    public string Level(double value) => texts.Number(value, "0.00");

    /// <summary>"a, b and c" in the report's language.</summary>
    public string List(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count <= 1
            ? string.Concat(list)
            : string.Create(CultureInfo.InvariantCulture, $"{string.Join(", ", list.Take(list.Count - 1))} {texts["trust.and"]} {list[^1]}");
    }
}
