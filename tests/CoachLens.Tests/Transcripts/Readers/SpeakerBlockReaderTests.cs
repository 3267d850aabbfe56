using CoachLens.Tests.Support;

namespace CoachLens.Tests.Transcripts.Readers;

public sealed class SpeakerBlockReaderTests
{
    [Fact]
    public void OtterExport_GivesSpeakersAndMinuteSecondTimes_WithoutTheFooter()
    {
        var t = Some.Load(Some.Format("otter.txt"));

        Assert.Equal("Kenji Tanaka", t.Turns[1].Speaker);
        Assert.Equal(9, t.Turns[1].Start);
        Assert.Equal(62, t.Turns[^1].Start);
        Assert.DoesNotContain("otter.ai", t.Turns[^1].Text, StringComparison.Ordinal);
        Assert.DoesNotContain(t.Turns, x => x.Text.Contains("Career session", StringComparison.Ordinal));
    }

    [Fact]
    public void ZoomSavedCaptions_BracketedNameThenClockTime()
    {
        var t = Some.Load(Some.Format("zoom-captions.txt"));

        Assert.Equal("Ines Moreira", t.Turns[0].Speaker);
        Assert.Equal((10 * 3600) + (2 * 60) + 15, t.Turns[0].Start);
    }

    [Fact]
    public void BareNameBlocks_WithAParagraphBreakInsideATurn()
    {
        var t = Some.Load(Some.Format("blocks.txt"));

        Assert.Equal("Client", t.Turns[3].Speaker);
        Assert.EndsWith("I felt a bit silly for waiting so long.", t.Turns[3].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ASentenceEndingInATime_IsNotAHeader()
    {
        var t = Some.Text("""
            Ana Ruiz  0:01
            What would you like to focus on?

            Ben Cole  0:05
            We meet at 10:30
            and I never know what to say.

            Ana Ruiz  0:12
            What would you like to say?
            """);

        Assert.Equal(3, t.Turns.Count);
        Assert.Contains("We meet at 10:30 and I never know", t.Turns[1].Text, StringComparison.Ordinal);
    }
}
