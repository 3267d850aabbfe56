namespace CoachLens.Tests.Trust;

public class TrustMomentTests
{
    [Fact]
    public void ADrop_IsFoundAfterMinimizing_WithTheCoachMoveNamed()
    {
        var trust = TrustAt.Of(
            "Coach: What would you like to work on?",
            "Client: Honestly, I'm scared I've lost it. I've been away a year, I feel rusty, and I keep lying awake thinking the new director will see me as the one who leaves at five.",
            "Coach: Don't worry, everyone feels like that. Have you booked a meeting with him?",
            "Client: Not yet.");
        var drop = Assert.Single(trust.Moments, m => m.Kind == "drop");
        Assert.Equal(3, drop.Turn);
        Assert.Equal(2, drop.CauseTurn);
        Assert.Contains("minimizing", drop.Moves);
        Assert.Contains("minimized", drop.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void ARise_IsFoundWhenAGuardedClientOpensAfterEmpathy()
    {
        var trust = TrustAt.Of(
            "Coach: How are you today?",
            "Client: Fine.",
            "Coach: What would you like to use today for?",
            "Client: Dunno. HR sent me.",
            "Coach: Being sent here when you've got targets to hit sounds frustrating.",
            "Client: Yeah. It is. Honestly it's humiliating. I built that team from four people to eleven and now I'm the one who needs fixing, and I sit in every meeting wondering who said it.");
        var rise = Assert.Single(trust.Moments, m => m.Kind == "rise");
        Assert.Equal(5, rise.Turn);
        Assert.Equal(4, rise.CauseTurn);
        Assert.Contains("empathy", rise.Moves);
    }

    [Fact]
    public void AChangeWithNoCoachMoveBehindIt_IsNotAMoment()
    {
        var trust = TrustAt.Of(
            "Coach: What would you like to focus on?",
            "Client: Honestly, I'm scared I've lost it. I've been away a year, I feel rusty, and I keep lying awake thinking about the new director.",
            "Coach: What would you like to have by the end of our session?",
            "Client: A plan.");
        Assert.DoesNotContain(trust.Moments, m => m.Kind is "rise" or "drop");
    }

    [Fact]
    public void AnOpenClientStayingOpen_HasNoMoments()
    {
        var trust = TrustAt.Of(
            "Coach: What would you like to focus on?",
            "Client: I think I want to understand why I keep saying yes to everything. I feel hollow by Thursday.",
            "Coach: Hollow. What's that like?",
            "Client: Like none of it is mine. I'm a service for everyone else, and I'm scared of disappointing them.",
            "Coach: Scared of disappointing them. Whose disappointment matters most?",
            "Client: My dad's, honestly. I've never said that out loud.");
        Assert.Empty(trust.Moments);
    }
}
