namespace CoachLens.Tests.Trust;

public class TrustBreakerTests
{
    [Fact]
    public void Minimizing_IsABreaker_WhenTheCoachSaysEveryoneFeelsThat()
    {
        var trust = TrustAt.Of(
            "Coach: What would you like to focus on?",
            "Client: I'm going back to work next week and I feel sick about it.",
            "Coach: Don't worry, everyone feels like that, you'll be fine. What's your plan for day one?");
        Assert.Contains("minimizing", trust.KindsAt(2));
        Assert.Contains(trust.TrustBreakers, b => b.Kind == "minimizing" && b.Why.Contains("dismisses", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("You're being too hard on yourself. What's next on the list?")]
    [InlineData("I'm sure it'll work out. Lots of people feel that way at the start.")]
    [InlineData("It could be worse, honestly. Shall we look at the plan?")]
    public void SubtleMinimizing_IsABreakerToo(string coach)
    {
        var trust = TrustAt.Of("Coach: How are you finding it?", "Client: I feel like a failure, to be honest.", "Coach: " + coach);
        Assert.Contains("minimizing", trust.KindsAt(2));
    }

    [Theory]
    [InlineData("Have you tried blocking your mornings?")]
    [InlineData("In your shoes I'd book a meeting with her tomorrow.")]
    [InlineData("The trick is to say no early. Send her an email today.")]
    public void AdviceInAnyOfItsUsualForms_IsEarlyAdviceAtTheStart(string coach)
    {
        var trust = TrustAt.Of("Coach: What's on your mind?", "Client: I can't get any real work done with all these meetings.", "Coach: " + coach);
        Assert.Contains("early_advice", trust.KindsAt(2));
    }

    [Fact]
    public void AQuickOkayBeforeMeetingTheFeeling_IsNotMovingOn()
    {
        var trust = TrustAt.Of(
            "Coach: What's made it hard?",
            "Client: I feel ashamed, honestly. I froze in front of everyone.",
            "Coach: Okay. What's that like, the shame?");
        Assert.DoesNotContain(trust.TrustBreakers, b => b.Kind == "missed_emotional_cue");
    }

    [Fact]
    public void Judging_IsABreaker_WhenTheCoachAsksWhyWouldYou()
    {
        var trust = TrustAt.Of(
            "Coach: What happened?",
            "Client: I told my manager I would step back from the partner track.",
            "Coach: Why would you do that, when you're so close?");
        Assert.Contains("judging", trust.KindsAt(2));
    }

    [Fact]
    public void ImposingValues_IsABreaker_WhenTheCoachPushesTheirOwnNorms()
    {
        var trust = TrustAt.Of(
            "Coach: What are you weighing up?",
            "Client: Whether I should be the one to go part-time.",
            "Coach: Surely it makes more sense for whoever earns less to cut back.");
        Assert.Contains("imposing_values", trust.KindsAt(2));
    }

    [Fact]
    public void Interrupting_IsABreaker_WhenTheClientIsCutOff()
    {
        var trust = TrustAt.Of(
            "Coach: Tell me about the team.",
            "Client: Well, we used to sit together for four years and now I'm--",
            "Coach: Right. What's the goal here?");
        Assert.Contains("interrupting", trust.KindsAt(2));
    }

    [Fact]
    public void AdviceBeforeExploring_IsEarlyAdvice()
    {
        var trust = TrustAt.Of(
            "Coach: What's going on?",
            "Client: My team keeps missing deadlines and I don't know why.",
            "Coach: You need to set up a weekly tracker and make them report every Friday.");
        Assert.Contains("early_advice", trust.KindsAt(2));
    }

    [Fact]
    public void AdviceAfterTheClientHasExplored_IsNotEarlyAdvice()
    {
        var trust = TrustAt.Of(
            "Coach: What's going on?",
            "Client: My team keeps missing deadlines.",
            "Coach: What do you make of that?",
            "Client: I think they don't see why the dates matter.",
            "Coach: What would help them see it?",
            "Client: Maybe if they heard it from the customer.",
            "Coach: How could that happen?",
            "Client: I could bring the customer to the next review.",
            "Coach: You should try that next week.");
        Assert.DoesNotContain("early_advice", trust.KindsAt(8));
    }

    [Fact]
    public void HardTerritoryWithoutPermission_IsABreaker()
    {
        var trust = TrustAt.Of(
            "Coach: What would you like to work on?",
            "Client: My board presentation next week.",
            "Coach: Let's go back to your childhood. What did your father do when you made mistakes?");
        Assert.Contains("no_permission", trust.KindsAt(2));
    }

    [Fact]
    public void HardTerritoryWithPermission_IsNotABreaker()
    {
        var trust = TrustAt.Of(
            "Coach: What would you like to work on?",
            "Client: My board presentation next week.",
            "Coach: Would it be okay if we looked at where this comes from? You don't have to. Where does this come from, do you think?");
        Assert.DoesNotContain("no_permission", trust.KindsAt(2));
    }

    [Fact]
    public void TalkingAboutAnotherClient_IsAConfidentialitySlip()
    {
        var trust = TrustAt.Of(
            "Coach: How did it go?",
            "Client: My boss ignored my proposal again.",
            "Coach: Another client of mine told me the same thing about her boss at the bank last week.");
        Assert.Contains("confidentiality_slip", trust.KindsAt(2));
    }

    [Fact]
    public void PromisingWhatTheSponsorWillHear_IsAConfidentialitySlip()
    {
        var trust = TrustAt.Of(
            "Coach: How is it going with your manager?",
            "Client: Not great, to be honest.",
            "Coach: I'll tell your manager how it's going after each session, so she can support you.");
        Assert.Contains("confidentiality_slip", trust.KindsAt(2));
    }

    [Fact]
    public void MovingOnAfterTheClientNamesAFeeling_IsAMissedEmotionalCue()
    {
        var trust = TrustAt.Of(
            "Coach: What's made it hard?",
            "Client: I feel ashamed, honestly. I froze in front of everyone.",
            "Coach: Okay, so let's look at the plan. Who is on the agenda?");
        var missed = Assert.Single(trust.TrustBreakers, b => b.Kind == "missed_emotional_cue");
        Assert.Equal(1, missed.ClientTurn);
    }

    [Fact]
    public void StayingWithTheFeeling_IsNotAMissedCue()
    {
        var trust = TrustAt.Of(
            "Coach: What's made it hard?",
            "Client: I feel ashamed, honestly. I froze in front of everyone.",
            "Coach: Ashamed. What's that like for you?");
        Assert.DoesNotContain(trust.TrustBreakers, b => b.Kind == "missed_emotional_cue");
    }

    [Fact]
    public void ASupportiveSession_HasNoTrustBreakers()
    {
        var trust = TrustAt.Of(
            "Coach: What would you like to focus on today?",
            "Client: The promotion. I'm scared I'm not ready.",
            "Coach: Scared you're not ready. What tells you that?",
            "Client: I've never led a team this big.",
            "Coach: What do you know about yourself from the teams you have led?");
        Assert.Empty(trust.TrustBreakers);
    }
}
