using CoachLens.Exam.Drill;

namespace CoachLens.Exam.Tests.Drill;

public class DrillStateTests
{
    [Fact]
    public void MissedItem_RetiresAfterTwoCorrectAnswersInARow()
    {
        var state = DrillState.Empty.AddMisses(["s4-07"]).Record("s4-07", correct: true);
        Assert.False(state.Entries["s4-07"].Retired);
        state = state.Record("s4-07", correct: true);
        Assert.True(state.Entries["s4-07"].Retired);
        Assert.Empty(state.Active);
    }

    [Fact]
    public void WrongAnswer_ResetsTheRun()
    {
        var state = DrillState.Empty.AddMisses(["s4-07"])
            .Record("s4-07", true).Record("s4-07", false).Record("s4-07", true);
        Assert.Equal((1, false, 2), (state.Entries["s4-07"].Streak, state.Entries["s4-07"].Retired, state.Entries["s4-07"].Misses));
    }

    [Fact]
    public void RetiredItem_MissedAgainElsewhere_ComesBack()
    {
        var state = DrillState.Empty.AddMisses(["k1-02"]).Record("k1-02", true).Record("k1-02", true).AddMisses(["k1-02"]);
        Assert.Equal("k1-02", Assert.Single(state.Active).ItemId);
    }
}
