namespace CoachLens.Exam.Bank.Json;

internal sealed class ItemJson
{
    public string? Id { get; set; }

    public string? Kind { get; set; }

    public int? Competency { get; set; }

    public List<string>? SubItems { get; set; }

    public string? Topic { get; set; }

    public string? Best { get; set; }

    public string? Worst { get; set; }

    public string? Answer { get; set; }

    public TextPairJson? Scenario { get; set; }

    public TextPairJson? Question { get; set; }

    public List<OptionJson>? Options { get; set; }
}
