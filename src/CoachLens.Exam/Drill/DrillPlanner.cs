using CoachLens.Exam.Bank;
using CoachLens.Exam.Forms;
using CoachLens.Exam.Scoring;

namespace CoachLens.Exam.Drill;

/// <summary>
/// Chooses the items for a drill run: first the items still in the drill (weakest competency first, then the
/// shortest run of correct answers, then the most misses); when those are fewer than asked, items not yet
/// seen from the competencies with the lowest accuracy so far. With no history there is nothing to drill.
/// </summary>
public static class DrillPlanner
{
    public static IReadOnlyList<string> Pick(ItemBank bank, DrillState state, IReadOnlyList<Attempt> attempts, int count, ItemKind? kind)
    {
        var accuracy = CompetencyAccuracy(bank, attempts);
        double Weakness(int competency) => accuracy.GetValueOrDefault(competency, 100.0);
        bool Wanted(ExamItem item) => kind is null || item.Kind == kind;

        var picked = state.Active
            .Select(e => bank.TryGet(e.ItemId, out var item) ? (Entry: e, Item: item) : default)
            .Where(x => x.Item is not null && Wanted(x.Item))
            .OrderBy(x => Weakness(x.Item.Competency))
            .ThenBy(x => x.Entry.Streak)
            .ThenByDescending(x => x.Entry.Misses)
            .ThenBy(x => x.Item.Id, StringComparer.Ordinal)
            .Select(x => x.Item.Id)
            .Take(count)
            .ToList();

        if (picked.Count < count && attempts.Count > 0)
        {
            var seen = attempts.SelectMany(a => a.ItemIds).Concat(state.Entries.Keys).ToHashSet(StringComparer.Ordinal);
            var salt = attempts.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
            picked.AddRange(bank.Items
                .Where(i => Wanted(i) && !seen.Contains(i.Id))
                .OrderBy(i => Weakness(i.Competency))
                .ThenBy(i => StableOrder.Hash(salt, i.Id))
                .Select(i => i.Id)
                .Take(count - picked.Count));
        }

        return picked;
    }

    /// <summary>Percent of points earned per competency over every recorded attempt.</summary>
    public static IReadOnlyDictionary<int, double> CompetencyAccuracy(ItemBank bank, IEnumerable<Attempt> attempts)
    {
        var scores = attempts.SelectMany(a => a.Score(bank).Items).ToList();
        return scores.GroupBy(s => s.Competency)
            .ToDictionary(g => g.Key, g => 100.0 * g.Sum(s => s.Points) / Math.Max(1, g.Sum(s => s.MaxPoints)));
    }
}
