namespace CoachLens.Exam.Bank;

/// <summary>The languages the bank and the exam UI are written in.</summary>
public enum ExamLanguage
{
    En,
    Tr,
}
