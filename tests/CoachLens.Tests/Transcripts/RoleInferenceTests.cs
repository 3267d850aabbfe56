using CoachLens.Tests.Support;
using CoachLens.Transcripts;

namespace CoachLens.Tests.Transcripts;

public class RoleInferenceTests
{
    [Fact]
    public void SpeakersNamedCoachAndClient_AreTakenAsSuch()
    {
        var t = Some.Transcript("Client: I have a question?", "Coach: Sure.");
        Assert.Equal("Coach", t.Roles.CoachSpeaker);
        Assert.Equal(Role.Client, t.Turns[0].Role);
        Assert.Equal(1.0, t.Roles.Confidence);
    }

    [Fact]
    public void TurkishLabels_AreRecognised()
    {
        var t = Some.Transcript("Koç: Bugün neye odaklanmak istersiniz?", "Danışan: İşime.");
        Assert.Equal("Koç", t.Roles.CoachSpeaker);
        Assert.Equal(Role.Client, t.Turns[1].Role);
    }

    [Fact]
    public void WithoutLabels_TheSpeakerAskingMostQuestionsIsTheCoach()
    {
        var t = Some.Transcript(
            "Ana: I wanted to talk about my promotion.",
            "Ben: What about it matters most to you?",
            "Ana: Being seen.",
            "Ben: What would being seen look like?");
        Assert.Equal("Ben", t.Roles.CoachSpeaker);
        Assert.Equal(["Ana"], t.Roles.ClientSpeakers);
        Assert.Contains("questions", t.Roles.Method, StringComparison.Ordinal);
    }

    [Fact]
    public void CoachOption_OverridesTheGuess()
    {
        var text = "Ana: What should I do?\nBen: What do you think?\nAna: Why ask me?";
        var t = TranscriptLoader.Parse(text, "x.txt", new ReadOptions(CoachName: "ben"));
        Assert.Equal("Ben", t.Roles.CoachSpeaker);
    }

    [Fact]
    public void CoachOptionNamingNoSpeaker_IsAClearError()
    {
        var ex = Assert.Throws<TranscriptException>(() => TranscriptLoader.Parse("A: hi?\nB: hello", "x.txt", new ReadOptions(CoachName: "Zed")));
        Assert.Contains("Zed", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OneSpeakerOnly_IsRefused()
    {
        var ex = Assert.Throws<TranscriptException>(() => Some.Transcript("Coach: Hello?", "Coach: Anyone?"));
        Assert.Contains("one speaker", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("strong-pcc-career-change.txt", "Coach")]
    [InlineData("consulting-mode-team-lead.txt", "Daniel")]
    [InlineData("first-session-contracting.vtt", "Elif Kaya")]
    [InlineData("interrupting-rushed-coach.vtt", "Sam Ortiz")]
    public void EverySample_GetsItsCoachRight(string sample, string coach) =>
        Assert.Equal(coach, Some.Sample(sample).Roles.CoachSpeaker);
}
