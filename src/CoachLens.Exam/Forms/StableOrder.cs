namespace CoachLens.Exam.Forms;

/// <summary>A deterministic "shuffle": orders strings by a 32-bit FNV-1a hash of a salt and the string, identical on every machine and run.</summary>
public static class StableOrder
{
    public static uint Hash(string salt, string value)
    {
        var hash = 2166136261u;
        foreach (var ch in $"{salt}:{value}")
        {
            hash ^= ch;
            hash *= 16777619u;
        }

        return hash;
    }

    public static IEnumerable<string> Shuffle(IEnumerable<string> values, string salt) =>
        values.OrderBy(v => Hash(salt, v)).ThenBy(v => v, StringComparer.Ordinal);
}
