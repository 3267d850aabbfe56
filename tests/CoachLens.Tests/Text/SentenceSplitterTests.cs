using CoachLens.Text;

namespace CoachLens.Tests.Text;

public class SentenceSplitterTests
{
    [Fact]
    public void Split_EndsSentencesAtTerminalPunctuation()
    {
        var sentences = SentenceSplitter.Split("Okay. What happened next? Wow!");
        Assert.Equal(["Okay.", "What happened next?", "Wow!"], sentences.Select(s => s.Text));
        Assert.Equal([false, true, false], sentences.Select(s => s.IsQuestion));
    }

    [Fact]
    public void Spans_PointIntoTheText()
    {
        const string text = "  So.   And then?";
        Assert.All(SentenceSplitter.Split(text), s => Assert.Equal(s.Text, text.Substring(s.Start, s.Length)));
    }

    [Fact]
    public void DoubleDash_CutsASentenceOffAsARestart()
    {
        var sentences = SentenceSplitter.Split("It looks like you put-- You drink four times a week.");
        Assert.Equal(["It looks like you put--", "You drink four times a week."], sentences.Select(s => s.Text));
        Assert.True(sentences[0].CutOff);
        Assert.False(sentences[1].CutOff);
    }

    [Fact]
    public void DashRightAfterAWord_IsACutOff_ButASpacedDashIsAPause()
    {
        Assert.Equal(["Tell me-", "tell me what happened."], SentenceSplitter.Split("Tell me- tell me what happened.").Select(s => s.Text));
        Assert.Single(SentenceSplitter.Split("Well - I think so."));
    }

    [Fact]
    public void LeadingContinuationDash_DoesNotMakeAnEmptySentence()
    {
        var sentence = Assert.Single(SentenceSplitter.Split("-and you usually have three."));
        Assert.False(sentence.CutOff);
    }

    [Theory]
    [InlineData("I saw Dr. Patel on Monday.")]
    [InlineData("It was about 3.5 hours.")]
    [InlineData("Things like sleep, e.g. going to bed early.")]
    [InlineData("Ask J. Smith first.")]
    public void AbbreviationsDecimalsAndInitials_DoNotEndASentence(string text)
    {
        Assert.Single(SentenceSplitter.Split(text));
    }

    [Fact]
    public void QuestionMarkInsideClosingQuote_StillMakesAQuestion()
    {
        Assert.True(Assert.Single(SentenceSplitter.Split("And you asked him, \"why now?\"")).IsQuestion);
    }

    [Fact]
    public void PunctuationOnlyPieces_AreDropped()
    {
        Assert.Equal(["Yes."], SentenceSplitter.Split("... Yes. --").Select(s => s.Text));
    }
}
