using CoachLens.Transcripts;

namespace CoachLens.Tests.Transcripts;

public class WebVttReaderTests
{
    private const string Zoom = """
        WEBVTT

        1
        00:00:01.000 --> 00:00:04.000
        Elif Kaya: Welcome, Tom. What would you like to focus on?

        2
        00:00:04.500 --> 00:00:07.000
        Tom Becker: My first ninety days.

        3
        00:00:07.000 --> 00:00:09.000
        Tom Becker: And how to not drown in them.
        """;

    private const string Teams = """
        WEBVTT

        a1b2/1-0
        00:00:01.000 --> 00:00:03.000
        <v Sam Ortiz>What's on your mind today?</v>

        a1b2/2-0
        00:00:02.500 --> 00:00:05.000
        <v Grace Lin>Too much work, honestly.</v>
        """;

    [Fact]
    public void ZoomCues_GiveSpeakersAndConsecutiveCuesMerge()
    {
        var t = TranscriptLoader.Parse(Zoom, "zoom.vtt");
        Assert.Equal("webvtt", t.Format);
        Assert.Equal(2, t.Turns.Count);
        Assert.Equal("My first ninety days. And how to not drown in them.", t.Turns[1].Text);
        Assert.Equal(4.5, t.Turns[1].Start);
        Assert.Equal(9.0, t.Turns[1].End);
    }

    [Fact]
    public void TeamsVoiceTags_GiveSpeakersAndOverlapsAreKept()
    {
        var t = TranscriptLoader.Parse(Teams, "teams.vtt");
        Assert.Equal(["Sam Ortiz", "Grace Lin"], t.Turns.Select(x => x.Speaker));
        Assert.Equal("Too much work, honestly.", t.Turns[1].Text);
        Assert.True(t.Turns[1].Start < t.Turns[0].End);
    }

    [Fact]
    public void FormatIsDetectedFromContentNotExtension()
    {
        var t = TranscriptLoader.Parse(Zoom, "captions.txt");
        Assert.Equal("webvtt", t.Format);
    }

    [Fact]
    public void MalformedTiming_IsAOneLineError()
    {
        var bad = "WEBVTT\n\n1\n00:00:xx --> 00:00:04.000\nA: hi\n";
        var ex = Assert.Throws<TranscriptException>(() => TranscriptLoader.Parse(bad, "bad.vtt"));
        Assert.Contains("bad.vtt", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', ex.Message);
    }
}
