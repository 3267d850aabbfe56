namespace CoachLens.Cli.Commands;

/// <summary>How a run ended: all done (or stopped early in practice and drill), paused to resume later, or out of time.</summary>
internal enum ExamRunOutcome
{
    Finished,
    Paused,
    TimeUp,
}
