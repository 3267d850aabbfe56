using System.Text.Json;

namespace CoachLens.Text;

/// <summary>
/// The words that speech adds around what is said (Text/Data/speech.data.json): hesitation fillers,
/// discourse markers that open a sentence ("so", "okay", "you know"), and abbreviations whose dot does
/// not end a sentence. Loaded once and checked at load.
/// </summary>
public sealed class SpeechLexicon
{
    private static readonly Lazy<SpeechLexicon> Embedded = new(() =>
    {
        using var stream = typeof(SpeechLexicon).Assembly.GetManifestResourceStream("CoachLens.Text/Data/speech.data.json")
            ?? throw new InvalidDataException("the speech lexicon is not embedded");
        return Parse(stream);
    });

    private SpeechLexicon(string version, HashSet<string> fillers, IReadOnlyList<string[]> markers, HashSet<string> abbreviations)
    {
        Version = version;
        Fillers = fillers;
        DiscourseMarkers = markers;
        Abbreviations = abbreviations;
    }

    public static SpeechLexicon Default => Embedded.Value;

    public string Version { get; }

    /// <summary>Hesitation sounds, lower case ("um", "mm-hmm").</summary>
    public IReadOnlySet<string> Fillers { get; }

    /// <summary>Sentence openers that carry no content, longest first, each split into words.</summary>
    public IReadOnlyList<string[]> DiscourseMarkers { get; }

    /// <summary>Abbreviations without their final dot ("dr", "e.g").</summary>
    public IReadOnlySet<string> Abbreviations { get; }

    public static SpeechLexicon Parse(Stream json)
    {
        var file = JsonSerializer.Deserialize<LexiconFile>(json, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })
            ?? throw new InvalidDataException("the speech lexicon is empty");
        if (string.IsNullOrWhiteSpace(file.Version) || string.IsNullOrWhiteSpace(file.Source))
        {
            throw new InvalidDataException("the speech lexicon needs a version and a source");
        }

        var all = (file.Fillers ?? []).Concat(file.DiscourseMarkers ?? []).Concat(file.Abbreviations ?? []);
        var bad = all.FirstOrDefault(w => w.Length == 0 || !w.Equals(w.ToLowerInvariant(), StringComparison.Ordinal) || w != w.Trim());
        if (bad is not null)
        {
            throw new InvalidDataException($"speech lexicon entry '{bad}' must be lower case and trimmed");
        }

        var markers = (file.DiscourseMarkers ?? [])
            .Select(m => m.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .OrderByDescending(m => m.Length)
            .ThenBy(m => string.Join(' ', m), StringComparer.Ordinal)
            .ToArray();
        return new SpeechLexicon(
            file.Version,
            new HashSet<string>(file.Fillers ?? [], StringComparer.Ordinal),
            markers,
            new HashSet<string>(file.Abbreviations ?? [], StringComparer.Ordinal));
    }

    private sealed record LexiconFile(string Version, string Source, string[]? Fillers, string[]? DiscourseMarkers, string[]? Abbreviations);
}
