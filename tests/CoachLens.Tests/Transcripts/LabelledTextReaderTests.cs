using CoachLens.Tests.Support;
using CoachLens.Transcripts;

namespace CoachLens.Tests.Transcripts;

public class LabelledTextReaderTests
{
    [Fact]
    public void BracketedTimestamps_AreReadAsStartSeconds()
    {
        var t = Some.Transcript("[00:01:02] Coach: What would you like to focus on?", "[00:01:10] Client: My team.");
        Assert.Equal(62, t.Turns[0].Start);
        Assert.Equal(70, t.Turns[1].Start);
        Assert.Equal("What would you like to focus on?", t.Turns[0].Text);
    }

    [Fact]
    public void BareTimestampsAndNames_AreRead()
    {
        var t = Some.Transcript("00:00:05 Maria: Hi Tom, what's on your mind?", "00:00:09 Tom: Work, mostly.");
        Assert.Equal(["Maria", "Tom"], t.Turns.Select(x => x.Speaker));
        Assert.Equal(5, t.Turns[0].Start);
    }

    [Fact]
    public void LineWithoutSpeaker_ContinuesThePreviousTurn()
    {
        var t = Some.Transcript("Coach: What matters here?", "Client: Well,", "it's about respect.", "Coach: Respect.");
        Assert.Equal(3, t.Turns.Count);
        Assert.Equal("Well, it's about respect.", t.Turns[1].Text);
    }

    [Fact]
    public void Whitespace_IsNormalized()
    {
        var t = Some.Transcript("Coach:   What    now?  ", "Client:\tNot sure.");
        Assert.Equal("What now?", t.Turns[0].Text);
        Assert.Equal("Not sure.", t.Turns[1].Text);
    }

    [Fact]
    public void AnnotationsStayInTheTextAndAreListedApart()
    {
        var t = Some.Transcript("Coach: How is it?", "Client: [sighs] Heavy. (pause) Really heavy.");
        Assert.Equal("[sighs] Heavy. (pause) Really heavy.", t.Turns[1].Text);
        Assert.Equal(["sighs", "pause"], t.Turns[1].Annotations);
    }

    [Fact]
    public void TextWithoutSpeakerLabels_IsRefusedWithTheFileName()
    {
        var ex = Assert.Throws<TranscriptException>(() => TranscriptLoader.Parse("just some prose\nwith no labels at all", "notes.txt"));
        Assert.StartsWith("notes.txt: ", ex.Message, StringComparison.Ordinal);
    }
}
