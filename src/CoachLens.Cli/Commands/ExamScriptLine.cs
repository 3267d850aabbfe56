using CoachLens.Exam.Sessions;

namespace CoachLens.Cli.Commands;

/// <summary>One line of an answers file: an answer (Best null means "skip"), or a pause.</summary>
internal sealed record ExamScriptLine(int LineNumber, Answer? Answer, bool Pause);
