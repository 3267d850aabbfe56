using CoachLens.Exam.Bank;
using CoachLens.Exam.Forms;
using CoachLens.Exam.Sessions;
using CoachLens.Exam.Tests.Support;

namespace CoachLens.Exam.Tests.Sessions;

public class ExamSessionTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 22, 9, 0, 0, TimeSpan.Zero);

    private static ExamSession NewForm() =>
        ExamSession.ForForm(FormBuilder.Build(Some.FullBank(), FormSpec.PccA).Form!, ExamLanguage.Tr, T0);

    [Fact]
    public void NewForm_StartsInSection1_WithTheFullTimeLeft()
    {
        var session = NewForm();
        Assert.Equal(1, session.CurrentSection);
        Assert.Equal(TimeSpan.FromHours(3), session.TimeLeft(T0.AddDays(1)));
        Assert.Equal("pcc-a", session.Track);
    }

    [Fact]
    public void TimeUp_WhenTheRunningTimerPassesTheLimit()
    {
        var session = NewForm() with { Timer = ExamTimer.New.Start(T0) };
        Assert.False(session.IsTimeUp(T0.AddHours(2).AddMinutes(59)));
        Assert.True(session.IsTimeUp(T0.AddHours(3)));
    }

    [Fact]
    public void Answers_AreKept_AndUnansweredItemsCounted()
    {
        var session = NewForm();
        var first = session.Sections[0].ItemIds[0];
        session = session.WithAnswer(new Answer(first, 'A', 'B'));
        Assert.Equal(1, session.AnsweredCount);
        Assert.Equal(38, session.UnansweredIn(1).Count());
        Assert.DoesNotContain(first, session.UnansweredIn(1));
    }

    [Fact]
    public void AnswerForAnItemOutsideTheSession_IsRejected() =>
        Assert.Throws<ArgumentException>(() => NewForm().WithAnswer(new Answer("k1-01", 'A', null)));

    [Theory]
    [InlineData('A', 'B', null)]
    [InlineData('A', 'A', "differ")]
    [InlineData('A', null, "situational")]
    [InlineData('E', 'A', "situational")]
    public void SituationalAnswer_NeedsTwoDifferentPicks(char best, char? worst, string? problem)
    {
        var result = new Answer("s1-01", best, worst).ProblemWith(Some.Situational("s1-01", 1));
        if (problem is null)
        {
            Assert.Null(result);
        }
        else
        {
            Assert.Contains(problem, result, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void KnowledgeAnswer_TakesOnePick()
    {
        Assert.Null(new Answer("k1-01", 'C', null).ProblemWith(Some.Knowledge("k1-01", 1)));
        Assert.NotNull(new Answer("k1-01", 'C', 'D').ProblemWith(Some.Knowledge("k1-01", 1)));
    }
}
