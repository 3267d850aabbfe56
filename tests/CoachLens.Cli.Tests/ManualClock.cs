namespace CoachLens.Cli.Tests;

/// <summary>A clock the test moves; <see cref="Step"/> is added after every reading, so time passes while a command runs.</summary>
internal sealed class ManualClock : TimeProvider
{
    private DateTimeOffset now = new(2026, 11, 22, 9, 0, 0, TimeSpan.Zero);

    public TimeSpan Step { get; set; } = TimeSpan.FromSeconds(1);

    public void Advance(TimeSpan by) => now += by;

    public override DateTimeOffset GetUtcNow()
    {
        var reading = now;
        now += Step;
        return reading;
    }
}
