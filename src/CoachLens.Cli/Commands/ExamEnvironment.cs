using Spectre.Console;

namespace CoachLens.Cli.Commands;

/// <summary>
/// What the exam commands take from the outside world, injectable so tests control the clock, the environment
/// and, for the interactive mode, the terminal (<see cref="Terminal"/> builds the console; null means the real one).
/// </summary>
internal sealed record ExamEnvironment(
    TextWriter Stdout,
    TextWriter Stderr,
    TimeProvider Clock,
    Func<string, string?> Variable,
    Func<bool> HasTerminal,
    Func<TextWriter, IAnsiConsole>? Terminal = null)
{
    public static bool TerminalAvailable() => !Console.IsInputRedirected;
}
