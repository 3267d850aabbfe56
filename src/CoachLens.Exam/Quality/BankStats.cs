using CoachLens.Exam.Bank;

namespace CoachLens.Exam.Quality;

/// <summary>Quality figures of the bank: where the keys fall, whether length gives them away, and the most similar stems.</summary>
public sealed record BankStats(
    IReadOnlyDictionary<char, int> BestPositions,
    IReadOnlyDictionary<char, int> WorstPositions,
    IReadOnlyDictionary<char, int> AnswerPositions,
    IReadOnlyList<LengthStats> Lengths,
    IReadOnlyList<SimilarPair> MostSimilarStems)
{
    public static BankStats Compute(ItemBank bank, int similarPairs = 5)
    {
        var situational = bank.OfKind(ItemKind.Situational).ToList();
        var knowledge = bank.OfKind(ItemKind.Knowledge).ToList();
        var lengths = new List<LengthStats>();
        foreach (var language in ExamLanguages.All)
        {
            lengths.Add(Length("situational", language, situational));
            lengths.Add(Length("knowledge", language, knowledge));
        }

        return new BankStats(
            Positions(situational.Select(i => i.Key)),
            Positions(situational.Select(i => i.Worst!.Value)),
            Positions(knowledge.Select(i => i.Key)),
            lengths,
            SimilarStems(bank, ExamLanguage.En).Concat(SimilarStems(bank, ExamLanguage.Tr))
                .GroupBy(p => (p.First, p.Second)).Select(g => g.MaxBy(p => p.Similarity)!)
                .OrderByDescending(p => p.Similarity).ThenBy(p => p.First, StringComparer.Ordinal).Take(similarPairs).ToList());
    }

    /// <summary>Every pair of same-kind items, most similar stems first.</summary>
    public static IEnumerable<SimilarPair> SimilarStems(ItemBank bank, ExamLanguage language)
    {
        foreach (var kind in new[] { ItemKind.Situational, ItemKind.Knowledge })
        {
            var items = bank.OfKind(kind).Select(i => (i.Id, Shingles: StemSimilarity.Shingles(i.StemIn(language)))).ToList();
            for (var a = 0; a < items.Count; a++)
            {
                for (var b = a + 1; b < items.Count; b++)
                {
                    yield return new SimilarPair(items[a].Id, items[b].Id, StemSimilarity.Jaccard(items[a].Shingles, items[b].Shingles));
                }
            }
        }
    }

    private static Dictionary<char, int> Positions(IEnumerable<char> keys)
    {
        var counts = "ABCD".ToDictionary(k => k, _ => 0);
        foreach (var k in keys)
        {
            counts[k]++;
        }

        return counts;
    }

    private static LengthStats Length(string kind, ExamLanguage language, List<ExamItem> items)
    {
        var keyed = new List<int>();
        var other = new List<int>();
        var longestKeyed = 0;
        foreach (var item in items)
        {
            var byKey = item.Options.ToDictionary(o => o.Key, o => item.OptionIn(o.Key, language).Text.Length);
            foreach (var (key, length) in byKey)
            {
                (IsKeyed(item, key) ? keyed : other).Add(length);
            }

            var longest = byKey.MaxBy(p => p.Value).Key;
            longestKeyed += longest == item.Key ? 1 : 0;
        }

        return new LengthStats(kind, language.Code(),
            keyed.Count == 0 ? 0 : keyed.Average(),
            other.Count == 0 ? 0 : other.Average(),
            items.Count == 0 ? 0 : (double)longestKeyed / items.Count);
    }

    private static bool IsKeyed(ExamItem item, char key) => key == item.Key || key == item.Worst;
}
