using CoachLens.Evaluation;

namespace CoachLens.Tests.Evaluation;

public class TurnAlignmentTests
{
    [Fact]
    public void Normalize_DropsAnnotationsAndPunctuationAndKeepsFortyCharacters()
    {
        Assert.Equal("well i don t know", TurnAlignment.Normalize("Well... [laughs] I don't know!"));
        Assert.Equal(40, TurnAlignment.Normalize(new string('a', 80)).Length);
    }

    [Fact]
    public void SameTexts_AlignOneToOne()
    {
        Assert.Equal([0, 1, 2], TurnAlignment.Align(["a", "b", "c"], ["A.", "b", "c!"]));
    }

    [Fact]
    public void DroppedTurn_LeavesItsGoldTurnUnmatched()
    {
        Assert.Equal([0, -1, 1], TurnAlignment.Align(["one", "two", "three"], ["one", "three"]));
    }

    [Fact]
    public void ChangedTextInAnEqualGap_IsPairedByPosition()
    {
        Assert.Equal([0, 1, 2], TurnAlignment.Align(["one", "two", "three"], ["one", "2", "three"]));
    }
}
