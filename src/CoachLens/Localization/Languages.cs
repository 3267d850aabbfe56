namespace CoachLens.Localization;

/// <summary>The languages a report can be written in. Marker ids and behavior codes stay ICF's and English in every language.</summary>
public static class Languages
{
    public const string English = "en";
    public const string Turkish = "tr";

    /// <summary>Every supported report language, English first.</summary>
    public static IReadOnlyList<string> All { get; } = [English, Turkish];

    public static bool IsSupported(string language) => All.Contains(language, StringComparer.Ordinal);
}
