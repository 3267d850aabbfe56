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
    private static readonly Phrase[] NoPhrases = [];

    private readonly Dictionary<string, Phrase[]> phrasesByFirstWord;
    private readonly Dictionary<string, ulong> bits = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ulong> masks = new(StringComparer.Ordinal);

    private TalkLexicon(string version, Dictionary<string, HashSet<string>> groups, Dictionary<string, Phrase[]> phrases)
    {
        Version = version;
        this.groups = groups;
        phrasesByFirstWord = phrases;
        groupsOfWord = groups
            .SelectMany(g => g.Value.Select(w => (Word: w, Group: g.Key)))
            .GroupBy(x => x.Word, StringComparer.Ordinal)
            .ToDictionary(x => x.Key, x => x.Select(y => y.Group).Order(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);

        // One bit per group (at most 64), so that "is this word in that group" is one lookup.
        foreach (var name in groups.Keys.Order(StringComparer.Ordinal).Take(64))
        {
            bits[name] = 1UL << bits.Count;
        }

        foreach (var (word, names) in groupsOfWord)
        {
            masks[word] = names.Aggregate(0UL, (m, g) => m | bits.GetValueOrDefault(g));
        }
    }

    public static TalkLexicon Default => Embedded.Value;

    public string Version { get; }

    /// <summary>The groups a word belongs to, in name order; empty when none.</summary>
    public IReadOnlyList<string> GroupsOf(string word) => groupsOfWord.TryGetValue(word, out var g) ? g : [];

    public bool Is(string group, string word) => groups[group].Contains(word);

    /// <summary>The bit of a group, for testing a <see cref="MaskOf"/>.</summary>
    public ulong Bit(string group) => bits.TryGetValue(group, out var bit) ? bit : throw new KeyNotFoundException($"no lexicon group '{group}'");

    /// <summary>The groups a word belongs to, as bits (see <see cref="Bit"/>).</summary>
    public ulong MaskOf(string word) => masks.GetValueOrDefault(word);

    /// <summary>The phrase frames whose first word is <paramref name="word"/>; check each with <see cref="Phrase.At"/>.</summary>
    public IReadOnlyList<Phrase> PhrasesStartingWith(string word) => phrasesByFirstWord.GetValueOrDefault(word, NoPhrases);

    /// <summary>The phrase frames that start at <paramref name="at"/> in <paramref name="words"/>.</summary>
    public IEnumerable<Phrase> PhrasesAt(IReadOnlyList<string> words, int at) => PhrasesStartingWith(words[at]).Where(p => p.At(words, at));

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

        if (groups.Count > 64)
        {
            throw new InvalidDataException($"the talk lexicon has {groups.Count} groups; at most 64 are supported");
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

    /// <summary>A phrase frame: its group ("reflect", "advise", "inform"), its text and its words.</summary>
    public sealed record Phrase(string Group, string Text, string[] Words)
    {
        /// <summary>Whether the frame's words stand at <paramref name="at"/> in <paramref name="words"/>.</summary>
        public bool At(IReadOnlyList<string> words, int at)
        {
            if (at + Words.Length > words.Count)
            {
                return false;
            }

            for (var k = 0; k < Words.Length; k++)
            {
                if (!string.Equals(words[at + k], Words[k], StringComparison.Ordinal))
                {
                    return false;
                }
            }

            return true;
        }
    }

    private sealed record GroupEntry(string Name, string[] Words);

    private sealed record PhraseEntry(string Name, string[] Entries);

    private sealed record LexiconFile(string Version, string Source, GroupEntry[]? Groups, PhraseEntry[]? Phrases);
}
