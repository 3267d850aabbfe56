namespace CoachLens.Tests.Trust;

public class RepairTests
{
    private static readonly string[] Session =
    [
        "Coach: What would you like to focus on?",
        "Client: I go back to work on Monday and I feel sick about it, and guilty too.",
        "Coach: Don't worry, everyone feels like that. What really helps is a plan for the first week.",
        "Client: Yeah. Okay.",
        "Coach: I want to stop for a second. I've just jumped in with advice when you were telling me you feel sick about it. That was me rushing, and I'm sorry. How did that land for you?",
        "Client: Honestly? Like everyone else. Everyone keeps telling me I'll be fine and nobody asks. It's a bit lonely, actually, and I feel guilty that part of me is looking forward to it.",
        "Coach: Thank you for telling me. I'd like to slow down and really listen this time.",
        "Client: The guilt, I think. I love her, and I also miss my work, and I'm scared I've lost it.",
    ];

    [Fact]
    public void NamingOwningInvitingAndRecommitting_IsRecognisedAsAFullRepair()
    {
        var repair = Assert.Single(TrustAt.Of(Session).Repairs);
        Assert.Equal(4, repair.Turn);
        Assert.Equal(2, repair.MisstepTurn);
        Assert.Equal(["named", "owned", "invited_feedback", "recommitted"], repair.Elements);
        Assert.Empty(repair.Missing);
        Assert.True(repair.ClientReopened);
    }

    [Fact]
    public void ARepair_IsAMomentWhoseCauseIsTheMisstep()
    {
        var trust = TrustAt.Of(Session);
        var moment = Assert.Single(trust.Moments, m => m.Kind == "repair");
        Assert.Equal(4, moment.Turn);
        Assert.Equal(2, moment.CauseTurn);
        Assert.Contains(trust.Moments, m => m.Kind == "rise" && m.Turn == 5 && m.CauseTurn == 4);
    }

    [Fact]
    public void ARepair_IsCreditedAsTheFirstStrength()
    {
        var report = Analysis.Default.Analyze(Support.Some.Transcript(Session));
        Assert.StartsWith("Repair after a misstep", report.Feedback.Strengths[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void TheWordsOfARepair_AreNotCountedAsANewMisstep()
    {
        var trust = TrustAt.Of(Session);
        Assert.Empty(trust.KindsAt(4));
    }

    [Fact]
    public void SympathyWithoutOwningAMisstep_IsNotARepair()
    {
        var trust = TrustAt.Of(
            "Coach: How was the week?",
            "Client: My dog died on Tuesday.",
            "Coach: I'm so sorry to hear that. How are you doing?");
        Assert.Empty(trust.Repairs);
    }

    [Fact]
    public void AnApologyThatNamesTheMisstepButInvitesNothing_ListsWhatIsMissing()
    {
        var trust = TrustAt.Of(
            "Coach: What's on your mind?",
            "Client: The reorganisation, I keep--",
            "Coach: Right, so have you talked to HR yet?",
            "Client: No.",
            "Coach: Sorry, I cut you off there.");
        var repair = Assert.Single(trust.Repairs);
        Assert.Contains("invited_feedback", repair.Missing);
        Assert.Contains("recommitted", repair.Missing);
    }
}
