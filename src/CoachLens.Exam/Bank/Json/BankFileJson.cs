namespace CoachLens.Exam.Bank.Json;

/// <summary>The shape of one bank file on disk (Bank/FORMAT.md); validated into <see cref="ExamItem"/>s by <see cref="BankLoader"/>.</summary>
internal sealed class BankFileJson
{
    public string? BankVersion { get; set; }

    public string? Source { get; set; }

    public List<ItemJson>? Items { get; set; }
}
