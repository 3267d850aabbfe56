using CoachLens.Tests.Support;
using CoachLens.Transcripts;

namespace CoachLens.Tests.Transcripts.Readers;

public sealed class SubRipReaderTests
{
    [Fact]
    public void CommaMilliseconds_AreRead()
    {
        var t = Some.Load(Some.Format("rev.srt"));

        Assert.Equal(6.2, t.Turns[1].Start);
        Assert.Equal(14.8, t.Turns[1].End);
    }

    [Fact]
    public void CueWithoutSpeakerPrefix_ContinuesTheLastSpeaker()
    {
        var t = Some.Load(Some.Format("descript.srt"));

        Assert.Equal("Sam Carter", t.Turns[1].Speaker);
        Assert.EndsWith("because of a deadline.", t.Turns[1].Text, StringComparison.Ordinal);
        Assert.Contains("I like the Friday review more than I expected.", t.Turns[3].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void CaptionsWithNoSpeakerAtAll_AreRefused()
    {
        var ex = Assert.Throws<TranscriptException>(() => Some.Load(Some.Bad("no-speakers.srt")));

        Assert.Contains("no speaker names", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingBlankLinesBetweenCues_StillSplitTheCues()
    {
        const string srt = "1\n00:00:01,000 --> 00:00:02,000\nAna: What brings you here?\n2\n00:00:03,000 --> 00:00:04,000\nBen: My team.\n";

        var t = Some.Text(srt, "x.srt");

        Assert.Equal(["Ana", "Ben"], t.Turns.Select(x => x.Speaker));
        Assert.Equal("What brings you here?", t.Turns[0].Text);
    }
}
