using System.Text.RegularExpressions;
using CoachLens.Transcripts;

namespace CoachLens.Privacy;

/// <summary>
/// Replaces the client's and other people's names, emails, phone numbers, URLs and the user's terms
/// with stable placeholders ([CLIENT], [PERSON-1], [EMAIL-1], [PHONE-1], [URL-1], [TERM-1]) in the
/// speakers, the turn text and the source name. The coach's own name stays. Runs before analysis, so
/// everything the report quotes is already redacted. Pure: returns a new transcript.
/// </summary>
public static class Redactor
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);

    public static Transcript Redact(Transcript transcript, RedactionOptions? options = null)
    {
        options ??= RedactionOptions.Default;
        var map = new PlaceholderMap();
        var coachParts = NameParts(transcript.Roles.CoachSpeaker ?? string.Empty).ToHashSet(StringComparer.Ordinal);
        foreach (var client in transcript.Roles.ClientSpeakers.Where(IsPersonalName))
        {
            BindWithParts(map, client, "[CLIENT]", coachParts);
        }

        foreach (var other in transcript.Roles.OtherSpeakers.Where(IsPersonalName))
        {
            BindWithParts(map, other, map.For("PERSON", other), coachParts);
        }

        var texts = transcript.Turns.Select(t => Contacts(t.Text, options, map)).ToList();
        foreach (var name in NameFinder.Find(texts, coachParts).Where(n => !map.Contains(n[0])))
        {
            var placeholder = name.Skip(1).Select(map.Find).FirstOrDefault(p => p is not null) ?? map.For("PERSON", name[0]);
            foreach (var part in name)
            {
                map.Bind(part, placeholder);
            }
        }

        var names = NamesPattern(map, coachParts);
        var turns = transcript.Turns.Select((t, i) =>
        {
            var text = names is null ? texts[i] : names.Replace(texts[i], m => Replace(map, m.Value));
            return t with { Speaker = SpeakerOf(t.Speaker, map), Text = text, Annotations = TurnAnnotations.Find(text) };
        }).ToList();
        var roles = transcript.Roles with
        {
            ClientSpeakers = transcript.Roles.ClientSpeakers.Select(s => SpeakerOf(s, map)).ToList(),
            OtherSpeakers = transcript.Roles.OtherSpeakers.Select(s => SpeakerOf(s, map)).ToList(),
        };
        var source = names is null ? transcript.Source : SourceOf(transcript.Source, map, coachParts);
        return transcript with
        {
            Source = source,
            Turns = turns,
            Roles = roles,
            Redaction = new RedactionSummary(map.Distinct, map.Replacements),
        };
    }

    // "Coach", "Client", "Speaker 2" and "Unknown speaker" are labels, not personal data.
    private static bool IsPersonalName(string speaker) =>
        SpeakerNames.RoleWordIn(speaker) == Role.Unknown
        && !Regex.IsMatch(speaker, @"^(?:speaker|unknown|participant|konuşmacı)\b", RegexOptions.IgnoreCase, Timeout);

    private static IEnumerable<string> NameParts(string name) =>
        name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(p => p.Length >= 2 && char.IsUpper(p[0]));

    private static void BindWithParts(PlaceholderMap map, string name, string placeholder, HashSet<string> coachParts)
    {
        map.Bind(name, placeholder);
        foreach (var part in NameParts(name).Where(p => !coachParts.Contains(p) && !NotNames.Default.Contains(p.ToLowerInvariant())))
        {
            map.Bind(part, placeholder);
        }
    }

    // Terms first (the user's intent wins), then emails before URLs (an email contains a domain), then phones.
    private static string Contacts(string text, RedactionOptions options, PlaceholderMap map)
    {
        foreach (var term in options.Terms)
        {
            var pattern = new Regex(@"(?<!\w)" + Regex.Escape(term) + @"(?!\w)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout);
            text = pattern.Replace(text, _ => Replace(map, term, "TERM"));
        }

        text = PiiPatterns.Email().Replace(text, m => Replace(map, m.Value, "EMAIL"));
        text = PiiPatterns.Url().Replace(text, m => Replace(map, m.Value, "URL"));
        return PiiPatterns.Phone().Replace(text, m => PiiPatterns.IsPhone(m.Value) ? Replace(map, m.Value, "PHONE") : m.Value);
    }

    private static string Replace(PlaceholderMap map, string original, string? kind = null)
    {
        map.Count();
        return kind is null ? map.Find(original) ?? original : map.For(kind, original);
    }

    // Names match case-sensitively (as written, or in capitals): "Will" the person is not "will" the verb.
    private static Regex? NamesPattern(PlaceholderMap map, HashSet<string> coachParts)
    {
        var names = map.Originals.Where(o => !o.StartsWith('[') && !coachParts.Contains(o) && char.IsLetter(o[0]))
            .SelectMany(o => new[] { o, o.ToUpperInvariant() })
            .Distinct(StringComparer.Ordinal)
            .OrderByDescending(o => o.Length)
            .Select(Regex.Escape)
            .ToList();
        return names.Count == 0 ? null : new Regex(@"(?<![\p{L}\p{M}\d])(?:" + string.Join('|', names) + @")(?![\p{L}\p{M}\d])", RegexOptions.None, Timeout);
    }

    private static string SpeakerOf(string speaker, PlaceholderMap map) =>
        IsPersonalName(speaker) ? map.Find(speaker) ?? speaker : speaker;

    private static string SourceOf(string source, PlaceholderMap map, HashSet<string> coachParts)
    {
        var result = source;
        foreach (var original in map.Originals.Where(o => o.Length >= 3 && char.IsLetter(o[0]) && !coachParts.Contains(o)).OrderByDescending(o => o.Length))
        {
            var placeholder = map.Find(original)!.Trim('[', ']');
            result = Regex.Replace(result, @"(?<![\p{L}])" + Regex.Escape(original) + @"(?![\p{L}])", placeholder, RegexOptions.IgnoreCase, Timeout);
        }

        return result;
    }
}
