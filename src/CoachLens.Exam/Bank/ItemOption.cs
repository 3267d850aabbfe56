namespace CoachLens.Exam.Bank;

/// <summary>A response option with the competency sub-items its explanation cites.</summary>
public sealed record ItemOption(char Key, IReadOnlyList<string> Refs, OptionText? En, OptionText? Tr)
{
    public OptionText? In(ExamLanguage language) => language == ExamLanguage.Tr ? Tr : En;

    public bool IsCompleteIn(ExamLanguage language) => In(language)?.IsComplete == true;
}
