using System.Globalization;

namespace CoachLens.Trust;

/// <summary>Counts in words for notes: "1 turn", "3 turns", "no turn".</summary>
internal static class Count
{
    public static string Of(int n, string one, string? many = null) => n switch
    {
        0 => $"no {one}",
        1 => $"1 {one}",
        _ => string.Create(CultureInfo.InvariantCulture, $"{n} {many ?? one + "s"}"),
    };
}
