namespace CoachLens.Exam.Bank;

/// <summary>One validated bank file: where its items came from and which bank version they belong to.</summary>
public sealed record BankFile(string Name, string BankVersion, string Source, IReadOnlyList<ExamItem> Items);
