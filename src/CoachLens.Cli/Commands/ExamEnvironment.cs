namespace CoachLens.Cli.Commands;

/// <summary>What the exam commands take from the outside world, injectable so tests control the clock and the environment.</summary>
internal sealed record ExamEnvironment(
    TextWriter Stdout,
    TextWriter Stderr,
    TimeProvider Clock,
    Func<string, string?> Variable,
    Func<bool> HasTerminal)
{
    public static bool TerminalAvailable() => !Console.IsInputRedirected;
}
