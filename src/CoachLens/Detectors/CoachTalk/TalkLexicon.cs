using System.Text.Json;

namespace CoachLens.Detectors.CoachTalk;

/// <summary>
/// Word classes and phrase frames the coach-talk features use (Detectors/CoachTalk/Data/talk-lexicon.data.json):
/// question words, pronouns, feeling words, the frames of reflections, advice and information. Checked at load.
/// </summary>
public sealed class TalkLexicon
{
    private static readonly Lazy<TalkLexicon> Embedded = new(() =>
    {
        using var stream = typeof(TalkLexicon).Assembly.GetManifestResourceStream("CoachLens.Detectors/CoachTalk/Data/talk-lexicon.data.json")
            ?? throw new InvalidDataException("the talk lexicon is not embedded");
        return Parse(stream);
    });

    /// <summary>Groups the features rely on by name; a lexicon without them is refused.</summary>
    public static readonly IReadOnlyList<string> RequiredGroups =
        ["wh", "aux", "ask", "wonder", "self", "other", "we", "feeling", "backchannel", "stop"];

    private readonly Dictionary<string, string[]> groupsOfWord;
    private readonly Dictionary<string, HashSet<string>> groups;
    private readonly Dictionary<string, Phrase[]> phrasesByFirstWord;

    private TalkLexicon(string version, Dictionary<string, HashSet<string>> groups, Dictionary<string, Phrase[]> phrases)
    {
        Version = version;
        this.groups = groups;
        phrasesByFirstWord = phrases;
        groupsOfWord = groups
            .SelectMany(g => g.Value.Select(w => (Word: w, Group: g.Key)))
            .GroupBy(x => x.Word, StringComparer.Ordinal)
            .ToDictionary(x => x.Key, x => x.Select(y => y.Group).Order(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
    }

    public static TalkLexicon Default => Embedded.Value;

    public string Version { get; }

    /// <summary>The groups a word belongs to, in name order; empty when none.</summary>
    public IReadOnlyList<string> GroupsOf(string word) => groupsOfWord.TryGetValue(word, out var g) ? g : [];

    public bool Is(string group, string word) => groups[group].Contains(word);

    /// <summary>The phrase frames that start at <paramref name="at"/> in <paramref name="words"/>.</summary>
    public IEnumerable<Phrase> PhrasesAt(IReadOnlyList<string> words, int at)
    {
        if (!phrasesByFirstWord.TryGetValue(words[at], out var candidates))
        {
            yield break;
        }

        foreach (var p in candidates)
        {
            if (Matches(words, at, p.Words))
            {
                yield return p;
            }
        }
    }

    public static TalkLexicon Parse(Stream json)
    {
        var file = JsonSerializer.Deserialize<LexiconFile>(json, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })
            ?? throw new InvalidDataException("the talk lexicon is empty");
        if (string.IsNullOrWhiteSpace(file.Version) || string.IsNullOrWhiteSpace(file.Source))
        {
            throw new InvalidDataException("the talk lexicon needs a version and a source");
        }

        var groups = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var g in file.Groups ?? [])
        {
            if (!groups.TryAdd(g.Name, new HashSet<string>(g.Words.Select(Check), StringComparer.Ordinal)))
            {
                throw new InvalidDataException($"talk lexicon group '{g.Name}' appears twice");
            }
        }

        var missing = RequiredGroups.FirstOrDefault(r => !groups.ContainsKey(r));
        if (missing is not null)
        {
            throw new InvalidDataException($"talk lexicon lacks the group '{missing}'");
        }

        var phrases = (file.Phrases ?? [])
            .SelectMany(p => p.Entries.Select(e => new Phrase(p.Name, Check(e), e.Split(' ', StringSplitOptions.RemoveEmptyEntries))))
            .GroupBy(p => p.Words[0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        return new TalkLexicon(file.Version, groups, phrases);
    }

    private static string Check(string entry) =>
        entry.Length > 0 && entry == entry.Trim() && entry.Equals(entry.ToLowerInvariant(), StringComparison.Ordinal) && !entry.Contains('’', StringComparison.Ordinal)
            ? entry
            : throw new InvalidDataException($"talk lexicon entry '{entry}' must be lower case, trimmed, with a straight apostrophe");

    private static bool Matches(IReadOnlyList<string> words, int at, string[] phrase)
    {
        if (at + phrase.Length > words.Count)
        {
            return false;
        }

        for (var k = 1; k < phrase.Length; k++)
        {
            if (!string.Equals(words[at + k], phrase[k], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A phrase frame: its group ("reflect", "advise", "inform"), its text and its words.</summary>
    public sealed record Phrase(string Group, string Text, string[] Words);

    private sealed record GroupEntry(string Name, string[] Words);

    private sealed record PhraseEntry(string Name, string[] Entries);

    private sealed record LexiconFile(string Version, string Source, GroupEntry[]? Groups, PhraseEntry[]? Phrases);
}
