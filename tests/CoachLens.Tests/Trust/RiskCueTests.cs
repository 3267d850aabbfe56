namespace CoachLens.Tests.Trust;

/// <summary>Referral cues, tested both ways: real signs of a need beyond coaching, and ordinary hard feelings that must not raise an alarm.</summary>
public class RiskCueTests
{
    private static ReferralCheckResult Check(string clientLine)
    {
        var report = Analysis.Default.Analyze(Support.Some.Transcript("Coach: How have you been?", "Client: " + clientLine, "Coach: What would you like to focus on today?"));
        return new(report.Trust.Referral.RiskCues.Select(c => c.Category).ToList(), report.Turns[1].Behaviors);
    }

    [Theory]
    [InlineData("I haven't slept properly in about six weeks. I'm awake at four every night.", "prolonged_sleeplessness")]
    [InlineData("Sometimes I think my family would be better off without me.", "self_harm")]
    [InlineData("Sometimes I think the kids would be better off if I just wasn't around.", "self_harm")]
    [InlineData("It's more that I wouldn't mind not waking up. Some mornings.", "self_harm")]
    [InlineData("I just can't seem to care. I don't see the point any more, to be honest.", "hopelessness")]
    [InlineData("I've been having a few drinks to get off to sleep. More than a few.", "substance")]
    [InlineData("He hits me when he's been drinking.", "abuse")]
    [InlineData("I've been getting panic attacks on the train most mornings.", "clinical")]
    [InlineData("I've thought about ending it all.", "self_harm")]
    [InlineData("Some nights I think it would be easier for everyone if I just wasn't here.", "self_harm")]
    [InlineData("I've been having some really dark thoughts lately.", "self_harm")]
    [InlineData("I feel like such a burden to everyone.", "self_harm")]
    [InlineData("I sometimes wish I could just go to sleep and not wake up.", "self_harm")]
    [InlineData("Honestly, I can't cope any more.", "hopelessness")]
    [InlineData("I've not slept more than a few hours a night for weeks.", "prolonged_sleeplessness")]
    [InlineData("I've been drinking a bottle of wine every night just to switch off.", "substance")]
    [InlineData("I'm scared to go home when he's been drinking.", "abuse")]
    [InlineData("Most mornings I can't get out of bed.", "clinical")]
    [InlineData("I haven't been sleeping. It's been like that since January.", "prolonged_sleeplessness")]
    [InlineData("I'm not sure I even want to be here any more.", "self_harm")]
    [InlineData("I just want it all to stop.", "self_harm")]
    [InlineData("Honestly, nobody would even notice if I was gone.", "self_harm")]
    [InlineData("I’ve been hurting myself again.", "self_harm")]
    [InlineData("I can't see any future.", "hopelessness")]
    [InlineData("I wake at three every night since the restructure and just lie there.", "prolonged_sleeplessness")]
    [InlineData("I've stopped answering my sister's calls. I haven't seen anyone in weeks.", "clinical")]
    [InlineData("Some days I can't make myself get out of bed.", "clinical")]
    [InlineData("I can't do this any more. Any of it.", "hopelessness")]
    [InlineData("Honestly, what's the point any more.", "hopelessness")]
    [InlineData("It all feels pointless.", "hopelessness")]
    [InlineData("I've been drinking more and more in the evenings.", "substance")]
    [InlineData("I've been crying every night for a couple of weeks.", "clinical")]
    [InlineData("My GP signed me off last month with depression.", "clinical")]
    [InlineData("I haven't slept properly for weeks because of the launch, I'm up at four every night.", "prolonged_sleeplessness")]
    public void ASignOfANeedBeyondCoaching_IsARiskCue(string line, string category)
    {
        var result = Check(line);
        Assert.Equal([category], result.Categories);
        Assert.Contains("risk", result.Codes);
    }

    [Theory]
    [InlineData("I barely slept last night, the pitch is at nine.")]
    [InlineData("I don't sleep much the night before these meetings.")]
    [InlineData("I keep lying awake replaying the selection meeting.")]
    [InlineData("This deadline is killing me, I'm so stressed.")]
    [InlineData("I feel like a fraud, honestly.")]
    [InlineData("I feel sort of sick about going back.")]
    [InlineData("I'm exhausted. Four night shifts in a row.")]
    [InlineData("My mum died last spring and I still miss her every day.")]
    [InlineData("I cried in the car park after the gig, I was so happy.")]
    [InlineData("I'm hopeless at spreadsheets.")]
    [InlineData("I could kill myself for forgetting her birthday.")]
    [InlineData("I don't see the point of this weekly meeting.")]
    [InlineData("I'm so frustrated with my manager I could scream.")]
    [InlineData("Not getting out of bed, probably.")]
    [InlineData("I've had a couple of sleepless nights before the launch.")]
    [InlineData("This project is killing me.")]
    [InlineData("I'm dead on my feet after the conference.")]
    [InlineData("I had a glass of wine to unwind after the board meeting.")]
    [InlineData("I feel hopeless at presenting.")]
    [InlineData("What's the point of this weekly report, honestly?")]
    [InlineData("I wanted the ground to swallow me up.")]
    [InlineData("I'm burnt out after the quarter end.")]
    [InlineData("I'm a bit down since the reorganisation.")]
    [InlineData("I could have killed him when he said that.")]
    [InlineData("I haven't slept well this week with the baby.")]
    [InlineData("It's pointless trying to change his mind about the budget.")]
    [InlineData("I can't cope with this project, it's a mess.")]
    [InlineData("My daughter is crying every day at drop-off.")]
    [InlineData("I haven't slept well this week because of the launch.")]
    [InlineData("Giving up the seniority, the pension, all of it, that's what scares me.")]
    [InlineData("There's no point rushing the deck, it all changes anyway.")]
    [InlineData("I want the meeting to end sooner.")]
    [InlineData("We have a glass of wine with dinner most nights.")]
    [InlineData("I cried with laughter at the leaving do.")]
    [InlineData("I never give up on a client.")]
    [InlineData("I lie awake every night before a big pitch.")]
    [InlineData("I can't face going in on Mondays, the commute is awful.")]
    [InlineData("I can't do this job any more, I need to move on.")]
    [InlineData("Honestly I'm sick of it all at work, the politics mostly.")]
    public void OrdinaryStressSadnessOrFrustration_IsNotARiskCue(string line)
    {
        var result = Check(line);
        Assert.Empty(result.Categories);
        Assert.DoesNotContain("risk", result.Codes);
    }

    [Fact]
    public void ARiskCueWithoutAReferral_IsARiskMomentAndTheFirstFeedbackItem()
    {
        var report = Analysis.Default.Analyze(Support.Some.Transcript(
            "Coach: What would you like to focus on?",
            "Client: Invoices, I suppose. I don't see the point any more, to be honest.",
            "Coach: Everyone hits a flat patch. Who owes you the most?",
            "Client: The Hendersons."));
        Assert.True(report.Trust.Referral.RiskWithoutReferral);
        Assert.Contains(report.Trust.Moments, m => m.Kind == "risk" && m.Turn == 1 && m.CauseTurn is null);
        Assert.Empty(report.Trust.Referral.RiskCues[0].Responses);
        Assert.Equal(["1"], report.Feedback.GrowthAreas[0].Markers);
        Assert.True(report.Ethics.RiskWithoutReferral);
    }

    [Fact]
    public void ACoachWhoAcknowledgesAsksClarifiesAndRefers_IsRecordedSo()
    {
        var trust = TrustAt.Of(
            "Coach: How are you arriving today?",
            "Client: Honestly, sometimes I think my family would be better off without me.",
            "Coach: Thank you for telling me. I want to ask you directly: are you having thoughts of ending your life?",
            "Client: Not like that. But I'm not okay.",
            "Coach: What you're describing needs more support than coaching can give. I'd like you to see your GP this week, and if it gets worse, call a crisis line.");
        Assert.False(trust.Referral.RiskWithoutReferral);
        Assert.Equal(["acknowledged", "asked_about_safety", "clarified_limits", "referred"], trust.Referral.Responses);
        Assert.Equal([4], trust.Referral.ReferralTurns);
    }

    [Fact]
    public void AConcernWhoseDurationComesInTheNextAnswer_IsARiskCueInBothTurns()
    {
        var trust = TrustAt.Of(
            "Coach: How are you arriving today?",
            "Client: Tired. I'm not sleeping much, to be honest.",
            "Coach: How long has that been going on?",
            "Client: Since about March. So three months, maybe.");
        Assert.Equal([1, 3], trust.Referral.RiskCues.Select(c => c.Turn));
        Assert.All(trust.Referral.RiskCues, c => Assert.Equal("prolonged_sleeplessness", c.Category));
    }

    [Fact]
    public void AConcernWithAShortDuration_IsNotARiskCue()
    {
        var trust = TrustAt.Of(
            "Coach: How are you arriving today?",
            "Client: Tired. I'm not sleeping much, to be honest.",
            "Coach: How long has that been going on?",
            "Client: Just this week, with the audit.");
        Assert.Empty(trust.Referral.RiskCues);
    }

    [Fact]
    public void AnAnswerToASafetyQuestionThatIsNotAClearNo_IsARiskCue_AndAClearNoIsNot()
    {
        string[] Session(string answer) =>
        [
            "Coach: How have things been?",
            "Client: Heavy. Really heavy.",
            "Coach: I want to ask you directly: are you having thoughts of ending your life?",
            "Client: " + answer,
        ];
        var yes = TrustAt.Of(Session("Sometimes. Not plans, just the thought.")).Referral;
        var no = TrustAt.Of(Session("No. God, no, nothing like that. I'm just worn out.")).Referral;
        Assert.Contains(3, yes.RiskCues.Select(c => c.Turn));
        Assert.True(yes.RiskWithoutReferral);
        Assert.DoesNotContain(3, no.RiskCues.Select(c => c.Turn));
        Assert.False(no.RiskWithoutReferral);
    }

    [Fact]
    public void AClientTurnTheCoachAnswersWithASafetyQuestion_IsARiskCue()
    {
        var trust = TrustAt.Of(
            "Coach: How have things been since we last met?",
            "Client: I sit in the car outside the house for an hour most nights before I can make myself go in.",
            "Coach: Thank you for telling me. Can I ask you directly: are you having thoughts of harming yourself?",
            "Client: No. No, nothing like that.");
        var cue = Assert.Single(trust.Referral.RiskCues);
        Assert.Equal((1, "coach_response"), (cue.Turn, cue.Category));
        Assert.Contains("asked_about_safety", cue.Responses);
        Assert.False(trust.Referral.RiskWithoutReferral);
    }

    [Fact]
    public void ReferralTalkInContracting_DoesNotMakeTheClientTurnBeforeItACue()
    {
        var trust = TrustAt.Of(
            "Coach: This is our first session, so let's agree how we work.",
            "Client: What happens if it turns out I need therapy?",
            "Coach: If something comes up that is beyond what coaching can offer, I'll say so and help you find a therapist or a doctor.");
        Assert.Empty(trust.Referral.RiskCues);
    }

    private sealed record ReferralCheckResult(IReadOnlyList<string> Categories, IReadOnlyList<string> Codes);
}
