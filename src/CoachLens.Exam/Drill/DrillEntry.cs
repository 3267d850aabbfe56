namespace CoachLens.Exam.Drill;

/// <summary>One item in the weak-area drill: its current run of correct drill answers, whether it has retired, and how often it was missed.</summary>
public sealed record DrillEntry(string ItemId, int Streak, bool Retired, int Misses, int DrillAnswers);
