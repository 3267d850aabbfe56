namespace CoachLens.Exam.Bank;

/// <summary>Codes for <see cref="ExamLanguage"/> as they appear on the command line and in files ("en", "tr").</summary>
public static class ExamLanguages
{
    public static IReadOnlyList<ExamLanguage> All { get; } = [ExamLanguage.En, ExamLanguage.Tr];

    public static string Code(this ExamLanguage language) => language == ExamLanguage.Tr ? "tr" : "en";

    public static bool TryParse(string? code, out ExamLanguage language)
    {
        switch (code?.Trim().ToLowerInvariant())
        {
            case "en":
                language = ExamLanguage.En;
                return true;
            case "tr":
                language = ExamLanguage.Tr;
                return true;
            default:
                language = ExamLanguage.En;
                return false;
        }
    }
}
