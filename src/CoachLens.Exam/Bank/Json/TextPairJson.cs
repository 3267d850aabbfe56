namespace CoachLens.Exam.Bank.Json;

internal sealed class TextPairJson
{
    public string? En { get; set; }

    public string? Tr { get; set; }
}
