namespace CoachLens.Exam.Bank.Json;

internal sealed class OptionJson
{
    public string? Key { get; set; }

    public List<string>? Refs { get; set; }

    public OptionTextJson? En { get; set; }

    public OptionTextJson? Tr { get; set; }
}
