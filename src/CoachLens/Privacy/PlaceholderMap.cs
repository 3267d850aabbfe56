namespace CoachLens.Privacy;

/// <summary>
/// Hands out placeholders: the same original always gets the same one ([PERSON-1] stays Jonas everywhere),
/// numbered per kind in order of first appearance. Keys are compared case-insensitively.
/// </summary>
internal sealed class PlaceholderMap
{
    private readonly Dictionary<string, string> byOriginal = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, int> counters = new(StringComparer.Ordinal);

    public int Replacements { get; private set; }

    public int Distinct => byOriginal.Values.Distinct(StringComparer.Ordinal).Count();

    public bool Contains(string original) => byOriginal.ContainsKey(original);

    /// <summary>Everything bound so far, for building the replacement pattern.</summary>
    public IEnumerable<string> Originals => byOriginal.Keys;

    /// <summary>Binds an original to a given placeholder (the client's name parts to [CLIENT]).</summary>
    public void Bind(string original, string placeholder) => byOriginal.TryAdd(original, placeholder);

    /// <summary>The placeholder of an original, numbering a new one of the kind ("PERSON") when it is new.</summary>
    public string For(string kind, string original)
    {
        if (!byOriginal.TryGetValue(original, out var placeholder))
        {
            var n = counters.GetValueOrDefault(kind) + 1;
            counters[kind] = n;
            placeholder = $"[{kind}-{n}]";
            byOriginal[original] = placeholder;
        }

        return placeholder;
    }

    public string? Find(string original) => byOriginal.GetValueOrDefault(original);

    public void Count() => Replacements++;
}
