using CoachLens.Exam.Bank;
using CoachLens.Exam.Scoring;
using CoachLens.Exam.Sessions;
using CoachLens.Exam.Tests.Support;

namespace CoachLens.Exam.Tests.Scoring;

public class ScorerTests
{
    // s1-01 best A worst D (competency 1, domain A); s4-01 best B worst C (competency 4, domain B); k7-01 answer C (domain D).
    private static readonly ItemBank Bank = ItemBank.From([
        Some.Situational("s1-01", 1, best: 'A', worst: 'D'),
        Some.Situational("s4-01", 4, best: 'B', worst: 'C'),
        Some.Knowledge("k7-01", 7, answer: 'C'),
    ]);

    private static readonly string[] Ids = ["s1-01", "s4-01", "k7-01"];

    private static ExamResult Score(params Answer[] answers) =>
        Scorer.Score(Ids, answers.ToDictionary(a => a.ItemId), Bank);

    [Fact]
    public void SituationalItem_EarnsOnePointForTheBestAndOneForTheWorst()
    {
        var result = Score(new Answer("s1-01", 'A', 'D'), new Answer("s4-01", 'B', 'A'));
        Assert.Equal([2, 1, 0], result.Items.Select(i => i.Points));
        Assert.Equal(5, result.MaxPoints);
        Assert.Equal(3, result.Points);
    }

    [Fact]
    public void BestAndWorstAccuracy_AreReportedSeparately()
    {
        var result = Score(new Answer("s1-01", 'B', 'D'), new Answer("s4-01", 'A', 'C'), new Answer("k7-01", 'C', null));
        Assert.Equal(new Accuracy(0, 2), result.BestPicks);
        Assert.Equal(new Accuracy(2, 2), result.WorstPicks);
        Assert.Equal(new Accuracy(1, 1), result.KnowledgeAnswers);
    }

    [Fact]
    public void UnansweredItems_EarnNothing_AndAreCounted()
    {
        var result = Score(new Answer("s1-01", 'A', 'D'));
        Assert.Equal(2, result.Unanswered);
        Assert.Equal(40.0, result.Percent);
    }

    [Fact]
    public void Results_AreGivenByCompetencyAndByDomain()
    {
        var result = Score(new Answer("s1-01", 'A', 'D'), new Answer("s4-01", 'B', 'A'), new Answer("k7-01", 'A', null));
        Assert.Equal([("1", 2, 2), ("4", 1, 2), ("7", 0, 1)], result.ByCompetency.Select(a => (a.Area, a.Points, a.MaxPoints)));
        Assert.Equal([("A", 2, 2), ("B", 1, 2), ("D", 0, 1)], result.ByDomain.Select(a => (a.Area, a.Points, a.MaxPoints)));
    }

    [Fact]
    public void Progress_ComparesEachAttemptWithThePreviousOneOnTheSameTrack()
    {
        static Attempt A(string track, int points, int minute) => new(
            $"a{minute}", SessionMode.Form, track, track, null, ExamLanguage.En, default, new DateTimeOffset(2026, 11, 22, 9, minute, 0, TimeSpan.Zero),
            TimeSpan.Zero, false, [], [], points, 10);
        var rows = AttemptProgress.Of([A("pcc-a", 5, 1), A("pcc-b", 9, 2), A("pcc-a", 7, 3)]);
        Assert.Equal([null, null, 20.0], rows.Select(r => r.ChangeSincePrevious is { } c ? Math.Round(c, 6) : (double?)null));
        Assert.Equal([1, 2, 3], rows.Select(r => r.Number));
    }
}
