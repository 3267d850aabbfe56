using CoachLens.Exam.Sessions;

namespace CoachLens.Exam.Tests.Sessions;

public class ExamTimerTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 22, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Time_CountsOnlyWhileRunning()
    {
        var timer = ExamTimer.New.Start(T0);
        timer = timer.Pause(T0.AddMinutes(20));
        Assert.Equal(TimeSpan.FromMinutes(20), timer.ElapsedAt(T0.AddHours(5)));
        timer = timer.Start(T0.AddHours(5));
        Assert.Equal(TimeSpan.FromMinutes(30), timer.ElapsedAt(T0.AddHours(5).AddMinutes(10)));
    }

    [Fact]
    public void Checkpoint_KeepsRunning_AndLosesNoTime()
    {
        var timer = ExamTimer.New.Start(T0).Checkpoint(T0.AddMinutes(7));
        Assert.True(timer.IsRunning);
        Assert.Equal(TimeSpan.FromMinutes(7), timer.Elapsed);
        Assert.Equal(TimeSpan.FromMinutes(9), timer.ElapsedAt(T0.AddMinutes(9)));
    }

    [Fact]
    public void StartingARunningTimer_ChangesNothing() =>
        Assert.Equal(TimeSpan.FromMinutes(3), ExamTimer.New.Start(T0).Start(T0.AddMinutes(2)).ElapsedAt(T0.AddMinutes(3)));
}
