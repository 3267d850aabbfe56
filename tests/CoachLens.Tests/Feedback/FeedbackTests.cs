using CoachLens.Tests.Support;
using CoachLens.Transcripts;

namespace CoachLens.Tests.Feedback;

public class FeedbackTests
{
    [Fact]
    public void RiskCueWithoutReferral_IsTheFirstGrowthArea()
    {
        var report = Analysis.Default.Analyze(Some.Transcript(
            "Coach: What would you like to focus on today?",
            "Client: Work, I guess. Honestly I've been thinking everyone would be better off without me.",
            "Coach: Okay. So what's your first step on the project plan?",
            "Client: I could email the team.",
            "Coach: Great, when will you do that?"));
        var first = report.Feedback.GrowthAreas[0];
        Assert.Equal(["1"], first.Markers);
        Assert.Contains("beyond coaching", first.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ReferralAfterTheRiskCue_IsNotFlagged()
    {
        var report = Analysis.Default.Analyze(Some.Transcript(
            "Coach: What would you like to focus on today?",
            "Client: Honestly I've been thinking everyone would be better off without me.",
            "Coach: Thank you for telling me. That matters more than our plan. I'd like you to talk to a doctor or a crisis line today, and I can help you find one.",
            "Client: Okay."));
        Assert.False(report.Ethics.RiskWithoutReferral);
        Assert.DoesNotContain(report.Feedback.GrowthAreas, g => g.Markers.SequenceEqual(["1"]) && g.Text.Contains("beyond coaching", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("strong-pcc-career-change.txt")]
    [InlineData("consulting-mode-team-lead.txt")]
    [InlineData("first-session-contracting.vtt")]
    [InlineData("interrupting-rushed-coach.vtt")]
    public void EveryRewrite_IsAboutARealCoachMomentOfThisSession(string sample)
    {
        var transcript = Some.Sample(sample);
        var report = Analysis.Default.Analyze(transcript);
        Assert.InRange(report.Feedback.GrowthAreas.Count, 1, 3);
        foreach (var area in report.Feedback.GrowthAreas)
        {
            var rewrite = area.CouldHaveSoundedLike;
            Assert.NotNull(rewrite);
            Assert.Contains(rewrite.Original.TrimEnd('…'), TurnAnnotations.Strip(transcript.Turns[rewrite.Turn].Text), StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(area.Tip));
            Assert.DoesNotContain("{", rewrite.Suggestion, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Strengths_QuoteTheSession()
    {
        var report = Analysis.Default.Analyze(Some.Sample("strong-pcc-career-change.txt"));
        Assert.NotEmpty(report.Feedback.Strengths);
        Assert.All(report.Feedback.Strengths.Where(s => s.Evidence.Count > 0), s => Assert.Contains("“", s.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void MistakesSeen_NameTheTurnsWhereTheyShow()
    {
        var report = Analysis.Default.Analyze(Some.Sample("consulting-mode-team-lead.txt"));
        var advice = Assert.Single(report.Feedback.CommonMistakes, m => m.Id == "early_advice");
        Assert.All(advice.Turns, t => Assert.Equal("coach", report.Turns[t].Role));
    }
}
