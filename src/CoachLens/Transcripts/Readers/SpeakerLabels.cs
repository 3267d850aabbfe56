namespace CoachLens.Transcripts.Readers;

/// <summary>
/// Decides which "Words:" prefixes are speaker labels rather than prose that happens to contain a colon
/// ("And the question is: what now?"). A label is a name that recurs, or one that looks like a name.
/// </summary>
internal static class SpeakerLabels
{
    public static HashSet<string> Accepted(IEnumerable<string> candidates)
    {
        var counts = candidates
            .GroupBy(SpeakerNames.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (Count: g.Count(), Labels: g.Distinct(StringComparer.Ordinal).ToList()), StringComparer.Ordinal);
        var accepted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (_, (count, labels)) in counts)
        {
            foreach (var label in labels.Where(l => count >= 2 || LooksLikeName(l)))
            {
                accepted.Add(label);
            }
        }

        return accepted;
    }

    /// <summary>One to three words, each starting with a capital or a digit: "Maria", "Tom Becker", "Speaker 2".</summary>
    public static bool LooksLikeName(string label)
    {
        var words = label.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 1 and <= 3 && words.All(w => char.IsUpper(w[0]) || char.IsDigit(w[0]));
    }
}
