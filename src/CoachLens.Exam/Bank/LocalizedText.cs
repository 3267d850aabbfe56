namespace CoachLens.Exam.Bank;

/// <summary>A text in English and Turkish; a missing language is null.</summary>
public sealed record LocalizedText(string? En, string? Tr)
{
    public string? In(ExamLanguage language) => language == ExamLanguage.Tr ? Tr : En;

    public bool IsCompleteIn(ExamLanguage language) => !string.IsNullOrWhiteSpace(In(language));
}
