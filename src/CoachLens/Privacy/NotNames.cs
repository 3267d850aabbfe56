using System.Text.Json;

namespace CoachLens.Privacy;

/// <summary>Capitalized words that are not names (Privacy/Data/not-names.data.json), lower case.</summary>
public static class NotNames
{
    private static readonly Lazy<HashSet<string>> Embedded = new(() =>
    {
        using var stream = typeof(NotNames).Assembly.GetManifestResourceStream("CoachLens.Privacy/Data/not-names.data.json")
            ?? throw new InvalidDataException("the not-names list is not embedded");
        var file = JsonSerializer.Deserialize<WordFile>(stream, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })
            ?? throw new InvalidDataException("the not-names list is empty");
        return file.Words.Any(w => w.Any(char.IsUpper))
            ? throw new InvalidDataException("not-names words must be lower case")
            : file.Words.ToHashSet(StringComparer.Ordinal);
    });

    public static IReadOnlySet<string> Default => Embedded.Value;

    private sealed record WordFile(string Version, string Source, IReadOnlyList<string> Words);
}
