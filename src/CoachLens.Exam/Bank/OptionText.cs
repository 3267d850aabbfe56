namespace CoachLens.Exam.Bank;

/// <summary>One option in one language: what the coach says or does (or the answer), and why it is keyed or not.</summary>
public sealed record OptionText(string Text, string Explanation)
{
    public bool IsComplete => !string.IsNullOrWhiteSpace(Text) && !string.IsNullOrWhiteSpace(Explanation);
}
