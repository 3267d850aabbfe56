namespace CoachLens.Cli.Commands;

/// <summary>A problem with the user's input files or saved state (exit code 3), told in one line.</summary>
public sealed class ExamInputException(string message) : Exception(message);
