namespace CoachLens.Learning;

/// <summary>
/// A 64-bit FNV-1a hash of a feature name. Computed from the parts without building the name, so
/// scoring allocates nothing per feature; <see cref="Of(string)"/> of the joined name gives the same value.
/// </summary>
public static class FeatureHash
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    public static ulong Of(string name) => Mix(Offset, name);

    public static ulong Of(string prefix, ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        var h = Mix(Offset, prefix);
        h = Mix(h, ':');
        h = Mix(h, a);
        if (!b.IsEmpty)
        {
            h = Mix(h, ' ');
            h = Mix(h, b);
        }

        return h;
    }

    /// <summary>The name <see cref="Of(string, ReadOnlySpan{char}, ReadOnlySpan{char})"/> hashes.</summary>
    public static string Name(string prefix, ReadOnlySpan<char> a, ReadOnlySpan<char> b) =>
        b.IsEmpty ? string.Concat(prefix, ":", a) : string.Concat(string.Concat(prefix, ":", a), " ", b);

    private static ulong Mix(ulong h, ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            h = Mix(h, c);
        }

        return h;
    }

    private static ulong Mix(ulong h, char c)
    {
        h ^= c;
        return h * Prime;
    }
}
