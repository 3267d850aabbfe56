using CoachLens.Tests.Support;
using CoachLens.Transcripts;

namespace CoachLens.Tests.Transcripts.Readers;

public sealed class LabelledTextReaderTests
{
    [Fact]
    public void NameThenTimeInParentheses_GivesSpeakerAndStart()
    {
        var t = Some.Load(Some.Format("name-paren-time.txt"));

        Assert.Equal("Lucas Moreau", t.Turns[1].Speaker);
        Assert.Equal(8, t.Turns[1].Start);
        Assert.StartsWith("With the board presentation.", t.Turns[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ProseWithAColon_IsNotTakenForASpeaker()
    {
        var t = Some.Text("""
            Ana: Welcome. What would you like to look at?
            Ben: The thing is this: my boss never listens.
            and the question I keep asking is: why me?
            Ana: Why you. What do you notice?
            """);

        Assert.Equal(["Ana", "Ben"], t.Turns.Select(x => x.Speaker).Distinct());
        Assert.Contains("the question I keep asking is: why me?", t.Turns[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void TimestampAloneOnALine_DatesTheNextTurn()
    {
        var t = Some.Load(Some.Format("meet-doc.txt"));

        Assert.Equal(0, t.Turns[0].Start);
        Assert.Equal(300, t.Turns[3].Start);
        Assert.Null(t.Turns[1].Start);
    }

    [Fact]
    public void TabSeparatedZoomLines_AreRead()
    {
        var t = Some.Load(Some.Format("zoom-transcript.txt"));

        Assert.Equal("Amir Rahimi", t.Turns[1].Speaker);
        Assert.Equal(8, t.Turns[1].Start);
    }

    [Fact]
    public void RevStyleHeaderWithTextBelow_IsOneTurn()
    {
        var t = Some.Load(Some.Format("rev-blocks.txt"));

        Assert.Equal("Daniel Price", t.Turns[1].Speaker);
        Assert.Equal(6, t.Turns[1].Start);
        Assert.StartsWith("I'd like to get unstuck", t.Turns[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void IcfTypedTranscript_KeepsContinuationLinesInTheTurn()
    {
        var t = Some.Load(Some.Format("icf-typed.txt"));

        Assert.EndsWith("it ends with both of us crying.", t.Turns[3].Text, StringComparison.Ordinal);
        Assert.Equal(17, t.Turns[3].Start);
    }

    [Fact]
    public void ImpossibleTimestamp_IsAnErrorNamingTheLine()
    {
        var ex = Assert.Throws<TranscriptException>(() => Some.Load(Some.Bad("bad-timestamp.txt")));

        Assert.Equal("bad-timestamp.txt: line 2: malformed timestamp '00:75:10'", ex.Message);
    }
}
