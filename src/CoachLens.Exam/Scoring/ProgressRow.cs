namespace CoachLens.Exam.Scoring;

/// <summary>One attempt in the progress table, with the change since the previous attempt on the same track.</summary>
public sealed record ProgressRow(int Number, Attempt Attempt, double? ChangeSincePrevious);
