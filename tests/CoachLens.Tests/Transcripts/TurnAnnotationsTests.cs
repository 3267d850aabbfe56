using CoachLens.Tests.Support;
using CoachLens.Transcripts;

namespace CoachLens.Tests.Transcripts;

public sealed class TurnAnnotationsTests
{
    [Fact]
    public void BracketedAndKnownParenthesizedAnnotations_AreFound_InOrder() =>
        Assert.Equal(["laughs", "crosstalk", "pause"], TurnAnnotations.Find("Yes [laughs] well [Crosstalk] so (pause) and (my own aside)"));

    [Fact]
    public void ATimeInsideAnAnnotation_IsNotPartOfItsKind() =>
        Assert.Equal(["inaudible"], TurnAnnotations.Find("It was [inaudible 00:12:03] really"));

    [Fact]
    public void RedactionPlaceholders_AreSpokenWords_NotAnnotations()
    {
        Assert.Empty(TurnAnnotations.Find("I told [PERSON-2] and [CLIENT] about it"));
        Assert.Equal("I told [PERSON-2] about it", TurnAnnotations.Strip("I told [PERSON-2] [sighs] about it"));
    }

    [Fact]
    public void AnnotationsStayInTheTurnText_AndAreListedApart()
    {
        var t = Some.Load(Some.Format("zoom.vtt"));

        Assert.Contains("[laughs]", t.Turns[5].Text, StringComparison.Ordinal);
        Assert.Equal(["laughs"], t.Turns[5].Annotations);
    }
}
