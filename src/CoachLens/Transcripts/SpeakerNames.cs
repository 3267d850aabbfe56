using System.Globalization;
using System.Text;

namespace CoachLens.Transcripts;

/// <summary>
/// Makes one speaker of the spellings a transcript uses for them: "Coach Maria", "maria", "MARIA" and
/// "Maria Lopez" are one person. A role word in a label ("Coach Maria") is kept as a role hint.
/// </summary>
public static class SpeakerNames
{
    private static readonly HashSet<string> CoachWords = new(StringComparer.Ordinal) { "coach", "koc", "mentor" };
    private static readonly HashSet<string> ClientWords = new(StringComparer.Ordinal) { "client", "coachee", "danisan", "musteri" };
    private static readonly HashSet<string> Honorifics = new(StringComparer.Ordinal) { "dr", "mr", "mrs", "ms", "miss", "prof", "sayin" };

    /// <summary>The turns with every speaker spelled one way and role hints taken from the labels.</summary>
    public static IReadOnlyList<RawTurn> Normalize(IReadOnlyList<RawTurn> turns)
    {
        var keys = turns.Select(t => t.Speaker).Distinct(StringComparer.Ordinal).ToDictionary(s => s, Key, StringComparer.Ordinal);
        var merged = MergeFirstNames(keys.Values.Distinct(StringComparer.Ordinal).ToList());
        var groups = keys.GroupBy(kv => merged[kv.Value], kv => kv.Key, StringComparer.Ordinal).ToList();
        var display = new Dictionary<string, string>(StringComparer.Ordinal);
        var hints = new Dictionary<string, Role>(StringComparer.Ordinal);
        foreach (var group in groups)
        {
            var labels = group.ToList();
            var name = Display(labels, turns);
            var hint = labels.Select(RoleWordIn).FirstOrDefault(r => r != Role.Unknown);
            foreach (var label in labels)
            {
                display[label] = name;
            }

            hints[name] = hint;
        }

        return turns.Select(t => t with
        {
            Speaker = display[t.Speaker],
            RoleHint = t.RoleHint != Role.Unknown ? t.RoleHint : hints[display[t.Speaker]],
        }).ToList();
    }

    /// <summary>A comparison key: case, accents, dotted/dotless i, role words and titles do not matter.</summary>
    public static string Key(string label)
    {
        var words = Fold(label).Split([' ', '.', ',', '-', '_'], StringSplitOptions.RemoveEmptyEntries);
        var core = words.Where(w => !CoachWords.Contains(w) && !ClientWords.Contains(w) && !Honorifics.Contains(w)).ToArray();
        return string.Join(" ", core.Length > 0 ? core : words);
    }

    /// <summary>Coach or Client when the label names the role ("COACH", "Coach Maria", "Danışan"), otherwise Unknown.</summary>
    public static Role RoleWordIn(string label)
    {
        var words = Fold(label).Split([' ', '.', ',', '-', '_', '(', ')'], StringSplitOptions.RemoveEmptyEntries);
        return words.Any(CoachWords.Contains) ? Role.Coach : words.Any(ClientWords.Contains) ? Role.Client : Role.Unknown;
    }

    private static string Fold(string text)
    {
        var decomposed = text.Replace('ı', 'i').Replace('İ', 'I').Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                sb.Append(char.ToLowerInvariant(c));
            }
        }

        return Whitespace.Normalize(sb.ToString());
    }

    // "maria" and "maria lopez" are one person when no other speaker's key starts with "maria ".
    private static Dictionary<string, string> MergeFirstNames(List<string> keys)
    {
        var result = keys.ToDictionary(k => k, k => k, StringComparer.Ordinal);
        foreach (var key in keys.Where(k => !k.Contains(' ', StringComparison.Ordinal)))
        {
            var longer = keys.Where(k => k.StartsWith(key + " ", StringComparison.Ordinal)).ToList();
            if (longer.Count == 1 && !IsGeneric(key))
            {
                result[key] = longer[0];
            }
        }

        return result;
    }

    // "Speaker" in "Speaker 1" / "Speaker 2" is not a first name.
    private static bool IsGeneric(string key) => key is "speaker" or "unknown" or "konusmaci" or "participant";

    // The spelling to show: role words and titles removed, mixed case before ALL CAPS or lower case,
    // then the fullest name, then the most used, then the first seen.
    private static string Display(List<string> labels, IReadOnlyList<RawTurn> turns)
    {
        var best = labels
            .Select(l => (Label: l, Name: StripRoleWords(l)))
            .OrderByDescending(x => IsMixedCase(x.Name))
            .ThenByDescending(x => x.Name.Split(' ').Length)
            .ThenByDescending(x => turns.Count(t => t.Speaker == x.Label))
            .ThenBy(x => FirstIndex(turns, x.Label))
            .First().Name;
        return IsMixedCase(best) ? best : TitleCase(best);
    }

    private static int FirstIndex(IReadOnlyList<RawTurn> turns, string label)
    {
        for (var i = 0; i < turns.Count; i++)
        {
            if (turns[i].Speaker == label)
            {
                return i;
            }
        }

        return int.MaxValue;
    }

    private static string StripRoleWords(string label)
    {
        var words = label.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var kept = words.Where(w => Fold(w).Trim('.', ',', ':') is var f && !CoachWords.Contains(f) && !ClientWords.Contains(f) && !Honorifics.Contains(f)).ToList();
        return kept.Count > 0 && kept.Count < words.Length ? string.Join(' ', kept) : label;
    }

    private static bool IsMixedCase(string name) =>
        name.Any(char.IsUpper) && name.Any(char.IsLower);

    private static string TitleCase(string name)
    {
        var culture = name.IndexOfAny(['İ', 'ı', 'Ş', 'ş', 'Ğ', 'ğ']) >= 0 ? CultureInfo.GetCultureInfo("tr-TR") : CultureInfo.InvariantCulture;
        return string.Join(' ', name.Split(' ').Select(w => w.Length == 0 ? w : char.ToUpper(w[0], culture) + w[1..].ToLower(culture)));
    }
}
