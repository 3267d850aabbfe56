using System.Text.Json;
using CoachLens.Tests.Support;
using CoachLens.Transcripts;

namespace CoachLens.Tests.Transcripts;

public sealed class RoleInferenceTests
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

    public static TheoryData<string, string, string, string?> LabelledRoleSet()
    {
        var data = new TheoryData<string, string, string, string?>();
        using var doc = JsonDocument.Parse(File.ReadAllText(Some.Role("labels.json")));
        foreach (var c in doc.RootElement.GetProperty("cases").EnumerateArray())
        {
            data.Add(c.GetProperty("file").GetString()!, c.GetProperty("coach").GetString()!, c.GetProperty("client").GetString()!, c.TryGetProperty("other", out var o) ? o.GetString() : null);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(LabelledRoleSet))]
    public void LabelledRoleSet_CoachAndClientAreInferred(string file, string coach, string client, string? other)
    {
        var t = Some.Load(Some.Role(file));

        Assert.Equal(coach, t.Roles.CoachSpeaker);
        Assert.Equal([client], t.Roles.ClientSpeakers);
        Assert.Equal(other is null ? [] : [other], t.Roles.OtherSpeakers);
        Assert.StartsWith("inferred: ", t.Roles.Method, StringComparison.Ordinal);
        Assert.InRange(t.Roles.Confidence, 0.5, 0.95);
    }

    [Fact]
    public void LabelledRoleSet_HasEveryFileInItsFolder()
    {
        var listed = LabelledRoleSet().Select(row => (string)row[0]).ToHashSet();
        var files = Some.RoleFixtures().Select(f => Path.GetFileName(f));

        Assert.All(files, f => Assert.Contains(f, listed));
    }

    [Theory]
    [InlineData("consulting-mode-team-lead.txt", "Daniel", "Priya")]
    [InlineData("first-session-contracting.vtt", "Elif Kaya", "Tom Becker")]
    [InlineData("interrupting-rushed-coach.vtt", "Sam Ortiz", "Grace Lin")]
    [InlineData("strong-pcc-career-change.txt", "Coach", "Client")]
    public void EverySample_HasItsCoachAndClientRight(string file, string coach, string client)
    {
        var t = Some.Sample(file);

        Assert.Equal(coach, t.Roles.CoachSpeaker);
        Assert.Equal([client], t.Roles.ClientSpeakers);
    }

    [Fact]
    public void CoachOption_Wins_AndMatchesAFirstName()
    {
        var t = Some.Load(Some.Format("zoom.vtt"), new ReadOptions(CoachName: "ben"));

        Assert.Equal("Ben Okoro", t.Roles.CoachSpeaker);
        Assert.Equal("--coach option", t.Roles.Method);
        Assert.Equal(1.0, t.Roles.Confidence);
    }

    [Fact]
    public void ClientOption_DecidesTheClient_AndTheOtherSpeakerIsTheCoach()
    {
        var t = Some.Load(Some.Format("zoom.vtt"), new ReadOptions(ClientName: "Nadia Farouk"));

        Assert.Equal("Ben Okoro", t.Roles.CoachSpeaker);
        Assert.Equal(["Nadia Farouk"], t.Roles.ClientSpeakers);
        Assert.StartsWith("--client option", t.Roles.Method, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownCoachName_IsAnErrorListingTheSpeakers()
    {
        var ex = Assert.Throws<TranscriptException>(() => Some.Load(Some.Format("zoom.vtt"), new ReadOptions(CoachName: "Zelda")));

        Assert.Equal("zoom.vtt: no speaker named 'Zelda' (speakers: Nadia Farouk, Ben Okoro)", ex.Message);
    }

    [Fact]
    public void ThreeSpeakers_TheSponsorIsOther_AndTurnsSaySo()
    {
        var t = Some.Load(Some.Format("sponsor.txt"));

        Assert.Equal(["Raj"], t.Roles.OtherSpeakers);
        Assert.All(t.Turns.Where(x => x.Speaker == "Raj"), x => Assert.Equal(Role.Other, x.Role));
    }

    [Fact]
    public void OneSpeaker_IsRefused()
    {
        var ex = Assert.Throws<TranscriptException>(() => Some.Load(Some.Bad("one-speaker.vtt")));

        Assert.Equal("one-speaker.vtt: only one speaker (Dana Ross) found; a coaching session needs a coach and a client", ex.Message);
    }

    [Fact]
    public void TheMethod_SaysWhyTheCoachWasChosen()
    {
        var t = Some.Load(Some.Format("zoom.vtt"));

        Assert.Contains("asks the most questions", t.Roles.Method, StringComparison.Ordinal);
        Assert.Contains("spoke first", t.Roles.Method, StringComparison.Ordinal);
    }
}
