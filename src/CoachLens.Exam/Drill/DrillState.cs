using System.Collections.Immutable;

namespace CoachLens.Exam.Drill;

/// <summary>
/// The weak-area drill's memory, kept between runs. An item enters when it is missed anywhere (form,
/// practice, drill) and retires after <see cref="RetireAfter"/> correct drill answers in a row; a miss
/// resets the run and brings a retired item back.
/// </summary>
public sealed record DrillState(ImmutableDictionary<string, DrillEntry> Entries)
{
    public const int RetireAfter = 2;

    public static DrillState Empty { get; } = new(ImmutableDictionary<string, DrillEntry>.Empty.WithComparers(StringComparer.Ordinal));

    public IEnumerable<DrillEntry> Active => Entries.Values.Where(e => !e.Retired);

    public IEnumerable<DrillEntry> Retired => Entries.Values.Where(e => e.Retired);

    public DrillState AddMisses(IEnumerable<string> itemIds)
    {
        var entries = Entries;
        foreach (var id in itemIds)
        {
            var entry = entries.GetValueOrDefault(id) ?? new DrillEntry(id, 0, false, 0, 0);
            entries = entries.SetItem(id, entry with { Streak = 0, Retired = false, Misses = entry.Misses + 1 });
        }

        return new DrillState(entries);
    }

    /// <summary>Records one drill answer; returns the new state.</summary>
    public DrillState Record(string itemId, bool correct)
    {
        var entry = Entries.GetValueOrDefault(itemId) ?? new DrillEntry(itemId, 0, false, 0, 0);
        var streak = correct ? entry.Streak + 1 : 0;
        var updated = new DrillEntry(itemId, streak, streak >= RetireAfter, entry.Misses + (correct ? 0 : 1), entry.DrillAnswers + 1);
        return new DrillState(Entries.SetItem(itemId, updated));
    }
}
