using CoachLens.Exam.Bank;
using CoachLens.Exam.Drill;
using CoachLens.Exam.Scoring;
using CoachLens.Exam.Sessions;
using CoachLens.Exam.Tests.Support;

namespace CoachLens.Exam.Tests.Drill;

public class DrillPlannerTests
{
    private static readonly ItemBank Bank = Some.FullBank();

    private static Attempt Attempt(params Answer[] answers)
    {
        var ids = answers.Select(a => a.ItemId).ToList();
        var result = Scorer.Score(ids, answers.ToDictionary(a => a.ItemId), Bank);
        return new Attempt("a1", SessionMode.Practice, "practice-1", null, 1, ExamLanguage.En, default, default, TimeSpan.Zero, false, ids, answers, result.Points, result.MaxPoints);
    }

    [Fact]
    public void NoHistory_MeansNothingToDrill() =>
        Assert.Empty(DrillPlanner.Pick(Bank, DrillState.Empty, [], 10, null));

    [Fact]
    public void ItemsInTheDrill_ComeFirst_WeakestCompetencyFirst()
    {
        // s1-01 keys: best B, worst C; s5-01 likewise. The competency-5 item was missed, competency 1 answered right.
        var history = Attempt(new Answer("s1-01", 'B', 'C'), new Answer("s5-01", 'A', 'B'), new Answer("s1-02", 'A', 'B'));
        var state = DrillState.Empty.AddMisses(["s1-02", "s5-01"]);
        var picked = DrillPlanner.Pick(Bank, state, [history], 2, null);
        Assert.Equal(["s5-01", "s1-02"], picked);
    }

    [Fact]
    public void FewerDrillItemsThanAsked_AreToppedUpWithUnseenItemsFromWeakAreas()
    {
        var history = Attempt(new Answer("s3-01", 'A', 'B'));
        var picked = DrillPlanner.Pick(Bank, DrillState.Empty.AddMisses(["s3-01"]), [history], 4, ItemKind.Situational);
        Assert.Equal("s3-01", picked[0]);
        Assert.Equal(4, picked.Count);
        Assert.All(picked.Skip(1), id => Assert.StartsWith("s3-", id, StringComparison.Ordinal));
    }

    [Fact]
    public void RetiredItems_AreNotPicked()
    {
        var history = Attempt(new Answer("s2-01", 'A', 'B'));
        var state = DrillState.Empty.AddMisses(["s2-01"]).Record("s2-01", true).Record("s2-01", true);
        Assert.DoesNotContain("s2-01", DrillPlanner.Pick(Bank, state, [history], 50, null));
    }
}
