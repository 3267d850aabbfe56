namespace CoachLens.Tests.Trust;

public class ContractingTests
{
    [Fact]
    public void AFullFirstSessionAgreement_CoversEveryTopic()
    {
        var trust = TrustAt.Of(
            "Coach: As this is our first session, I'd like to agree how we'll work together. Coaching is a partnership: you're the expert on your life, and I won't tell you what to do. It's not therapy, and I'm not a consultant.",
            "Client: Okay, that makes sense.",
            "Coach: What you say here is confidential. The only exceptions would be if I believed you or someone else were at risk of serious harm, or the law required it.",
            "Client: Good.",
            "Coach: We agreed six sessions, every two weeks, on video. If you need to reschedule, twenty-four hours' notice is all I ask.",
            "Client: Fine by me.");
        Assert.True(trust.Contracting.Happened);
        Assert.True(trust.Contracting.FirstSession);
        Assert.Empty(trust.Contracting.Missing);
        Assert.Equal(["confidentiality", "confidentiality_limits", "roles", "coaching_vs_therapy_consulting", "logistics"], trust.Contracting.Covered);
    }

    [Fact]
    public void AFirstSessionWithoutConfidentiality_SaysItIsMissing()
    {
        var trust = TrustAt.Of(
            "Coach: This is our first session. My role is to ask questions; you're the expert. We'll meet for six sessions, every two weeks.",
            "Client: Great.",
            "Coach: What would you like to focus on today?");
        Assert.True(trust.Contracting.Happened);
        Assert.Contains("confidentiality", trust.Contracting.Missing);
        Assert.Contains("coaching_vs_therapy_consulting", trust.Contracting.Missing);
        Assert.DoesNotContain("roles", trust.Contracting.Missing);
        Assert.Contains("first session", trust.Contracting.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void OneReassuranceMidSession_IsCoveredButIsNotAContractingConversation()
    {
        var trust = TrustAt.Of(
            "Coach: What would you like to look at?",
            "Client: Something I did at work that I'm not proud of.",
            "Coach: This stays between us. Take your time.");
        Assert.False(trust.Contracting.Happened);
        Assert.Contains("confidentiality", trust.Contracting.Covered);
        Assert.Empty(trust.Contracting.Missing);
    }

    [Fact]
    public void ASessionWithNoAgreement_HasNoContracting()
    {
        var trust = TrustAt.Of("Coach: What would you like to focus on?", "Client: My team.");
        Assert.False(trust.Contracting.Happened);
        Assert.Empty(trust.Contracting.Covered);
    }
}
