namespace CoachLens.Transcripts.Readers;

/// <summary>
/// Decides which "Words:" prefixes are speaker labels rather than prose that happens to contain a colon
/// ("And the question is: what now?"). A label is a name that recurs, or one that looks like a name.
/// </summary>
internal static class SpeakerLabels
{
    public static HashSet<string> Accepted(IEnumerable<string> candidates)
    {
        // Count each spelling first, so the (costly) comparison key is computed once per spelling.
        var counts = candidates
            .GroupBy(c => c, StringComparer.Ordinal)
            .Select(g => (Label: g.Key, Count: g.Count()))
            .GroupBy(x => SpeakerNames.Key(x.Label), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (Count: g.Sum(x => x.Count), Labels: g.Select(x => x.Label).ToList()), StringComparer.Ordinal);
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
