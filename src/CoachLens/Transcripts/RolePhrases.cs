using System.Text.Json;

namespace CoachLens.Transcripts;

/// <summary>The phrases that hint at a speaker's role (Transcripts/Data/role-phrases.data.json), checked at load.</summary>
public sealed record RolePhrases(string Version, IReadOnlyList<string> Coach, IReadOnlyList<string> Client)
{
    private static readonly Lazy<RolePhrases> Embedded = new(() =>
    {
        using var stream = typeof(RolePhrases).Assembly.GetManifestResourceStream("CoachLens.Transcripts/Data/role-phrases.data.json")
            ?? throw new InvalidDataException("role phrases are not embedded");
        return Parse(stream);
    });

    public static RolePhrases Default => Embedded.Value;

    public static RolePhrases Parse(Stream json)
    {
        var file = JsonSerializer.Deserialize<PhraseFile>(json, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })
            ?? throw new InvalidDataException("role phrases are empty");
        var all = file.Coach.Concat(file.Client).ToList();
        var bad = all.FirstOrDefault(p => string.IsNullOrWhiteSpace(p.Phrase) || p.Phrase.Any(char.IsUpper) || string.IsNullOrWhiteSpace(p.Source));
        return bad is not null
            ? throw new InvalidDataException($"role phrase '{bad.Phrase}' must be lower case and name its source")
            : new RolePhrases(file.Version, file.Coach.Select(p => p.Phrase).ToArray(), file.Client.Select(p => p.Phrase).ToArray());
    }

    private sealed record PhraseFile(string Version, IReadOnlyList<PhraseEntry> Coach, IReadOnlyList<PhraseEntry> Client);

    private sealed record PhraseEntry(string Phrase, string Kind, string Source);
}
