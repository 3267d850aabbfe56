namespace CoachLens.Exam.Bank.Json;

internal sealed class OptionTextJson
{
    public string? Text { get; set; }

    public string? Explanation { get; set; }
}
