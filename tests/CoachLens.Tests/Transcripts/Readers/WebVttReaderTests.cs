using CoachLens.Tests.Support;
using CoachLens.Transcripts;

namespace CoachLens.Tests.Transcripts.Readers;

public sealed class WebVttReaderTests
{
    [Fact]
    public void MultiLineCues_AreJoinedIntoOneTurn_AndConsecutiveCuesOfOneSpeakerMerge()
    {
        var t = Some.Load(Some.Format("zoom.vtt"));

        Assert.Equal("Ben Okoro", t.Turns[1].Speaker);
        Assert.StartsWith("Busy. Honestly it's been a lot. The restructure was announced on Monday and my team", t.Turns[1].Text, StringComparison.Ordinal);
        Assert.EndsWith("doing damage control. [sighs]", t.Turns[1].Text, StringComparison.Ordinal);
        Assert.Equal(10.02, t.Turns[1].Start);
        Assert.Equal(24.9, t.Turns[1].End);
    }

    [Fact]
    public void TeamsVoiceTags_GiveSpeakers_AndEntitiesAreDecoded()
    {
        var t = Some.Load(Some.Format("teams.vtt"));

        Assert.Equal("Aylin Demir", t.Turns[0].Speaker);
        Assert.Contains("for a year & nobody has named it", t.Turns[^1].Text, StringComparison.Ordinal);
        Assert.DoesNotContain(t.Turns, turn => turn.Text.Contains('<', StringComparison.Ordinal));
    }

    [Fact]
    public void OverlappingCues_KeepTheirOwnStartAndEnd_SoAnInterruptionIsVisible()
    {
        var t = Some.Load(Some.Format("teams.vtt"));
        var client = t.Turns[1];
        var coach = t.Turns[2];

        Assert.Equal(27.8, client.End);
        Assert.Equal(26.3, coach.Start);
        Assert.True(coach.Start < client.End);
    }

    [Fact]
    public void NoteAndStyleBlocks_AndCueSettings_AreNotReadAsText()
    {
        var t = Some.Load(Some.Format("google-meet.vtt"));
        var all = string.Join(" ", t.Turns.Select(x => x.Text));

        Assert.DoesNotContain("background-color", all, StringComparison.Ordinal);
        Assert.DoesNotContain("participants list", all, StringComparison.Ordinal);
        Assert.DoesNotContain("align:", all, StringComparison.Ordinal);
        Assert.Equal("It's for your credential, right?", t.Turns[1].Text[(t.Turns[1].Text.IndexOf("It's", StringComparison.Ordinal))..]);
    }

    [Fact]
    public void TwoVoicesInOneCue_BecomeTwoTurns()
    {
        var t = Some.Text("WEBVTT\n\n00:01.000 --> 00:04.000\n<v Ana>What would you like today?</v>\n<v Ben>A plan.</v>\n", "x.vtt");

        Assert.Equal(["Ana", "Ben"], t.Turns.Select(x => x.Speaker));
        Assert.Equal("A plan.", t.Turns[1].Text);
    }

    [Fact]
    public void CrLfFile_ReadsLikeLf()
    {
        var lf = "WEBVTT\n\n1\n00:00:01.000 --> 00:00:02.000\nAna: Hi, what shall we explore?\n\n2\n00:00:03.000 --> 00:00:04.000\nBen: My job.\n";

        var crlf = Some.Text(lf.Replace("\n", "\r\n", StringComparison.Ordinal), "x.vtt");

        Assert.Equal(Some.Text(lf, "x.vtt").Turns.Select(x => x.Text), crlf.Turns.Select(x => x.Text));
    }

    [Fact]
    public void MalformedCueTiming_IsAnErrorNamingTheLine()
    {
        var ex = Assert.Throws<TranscriptException>(() => Some.Load(Some.Bad("bad-timestamp.vtt")));

        Assert.Contains("line 8", ex.Message, StringComparison.Ordinal);
        Assert.Contains("malformed cue timing", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ForcedWebVtt_OnAFileWithoutTheHeader_IsAnError()
    {
        var ex = Assert.Throws<TranscriptException>(() => Some.Text(Some.Session(), "x.txt", new ReadOptions(InputFormat: "webvtt")));

        Assert.Contains("first line must be WEBVTT", ex.Message, StringComparison.Ordinal);
    }
}
