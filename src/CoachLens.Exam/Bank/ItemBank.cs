namespace CoachLens.Exam.Bank;

/// <summary>The item bank: every validated item, looked up by id, competency and kind. Immutable once built.</summary>
public sealed class ItemBank
{
    private static readonly Lazy<ItemBank> Embedded = new(() => From(BankLoader.LoadEmbedded()));

    private readonly Dictionary<string, ExamItem> byId;

    private ItemBank(IReadOnlyList<BankFile> files, IReadOnlyList<ExamItem> items)
    {
        Files = files;
        Items = items;
        byId = items.ToDictionary(i => i.Id, StringComparer.Ordinal);
    }

    /// <summary>The bank shipped with CoachLens (the embedded Bank/*.json files).</summary>
    public static ItemBank Default => Embedded.Value;

    public IReadOnlyList<BankFile> Files { get; }

    /// <summary>All items, ordered by kind, competency and id.</summary>
    public IReadOnlyList<ExamItem> Items { get; }

    public static ItemBank From(IReadOnlyList<BankFile> files)
    {
        var items = files.SelectMany(f => f.Items).ToList();
        var duplicates = items.GroupBy(i => i.Id, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        if (duplicates.Count > 0)
        {
            throw new InvalidDataException($"item ids appear more than once in the bank: {string.Join(", ", duplicates)}");
        }

        var ordered = items.OrderBy(i => i.Kind).ThenBy(i => i.Competency).ThenBy(i => i.Id, StringComparer.Ordinal).ToList();
        return new ItemBank(files, ordered);
    }

    public static ItemBank From(IEnumerable<ExamItem> items) => From([new BankFile("memory", "test", "in memory", items.ToList())]);

    public ExamItem Get(string id) => byId.TryGetValue(id, out var item) ? item : throw new KeyNotFoundException($"no item '{id}' in the bank");

    public bool TryGet(string id, out ExamItem item) => byId.TryGetValue(id, out item!);

    public IEnumerable<ExamItem> OfKind(ItemKind kind) => Items.Where(i => i.Kind == kind);

    public IEnumerable<ExamItem> Of(ItemKind kind, int competency) => Items.Where(i => i.Kind == kind && i.Competency == competency);
}
