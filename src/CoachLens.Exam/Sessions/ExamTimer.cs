using System.Text.Json.Serialization;

namespace CoachLens.Exam.Sessions;

/// <summary>
/// Exam time that counts only while the timer runs. <see cref="Elapsed"/> holds the time up to the last
/// checkpoint; a saved timer is always reloaded as paused, so time while the program was not running never counts.
/// </summary>
public sealed record ExamTimer(TimeSpan Elapsed, DateTimeOffset? RunningSince)
{
    public static ExamTimer New { get; } = new(TimeSpan.Zero, null);

    [JsonIgnore]
    public bool IsRunning => RunningSince is not null;

    public ExamTimer Start(DateTimeOffset now) => IsRunning ? this : this with { RunningSince = now };

    public ExamTimer Pause(DateTimeOffset now) => new(ElapsedAt(now), null);

    /// <summary>Folds the running time into <see cref="Elapsed"/>, so a save at this point loses nothing.</summary>
    public ExamTimer Checkpoint(DateTimeOffset now) => IsRunning ? new(ElapsedAt(now), now) : this;

    public TimeSpan ElapsedAt(DateTimeOffset now) =>
        Elapsed + (RunningSince is { } since && now > since ? now - since : TimeSpan.Zero);
}
