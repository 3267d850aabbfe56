using CoachLens.Exam.Quality;

namespace CoachLens.Exam.Tests.Quality;

public class StemSimilarityTests
{
    [Fact]
    public void IdenticalStems_Score1_IgnoringCaseAndPunctuation() =>
        Assert.Equal(1.0, StemSimilarity.Jaccard("The client pauses, then cries.", "the client pauses then CRIES"));

    [Fact]
    public void UnrelatedStems_Score0() =>
        Assert.Equal(0.0, StemSimilarity.Jaccard("A sponsor asks for the session notes.", "The client laughs about her new job offer."));

    [Fact]
    public void OneChangedWord_StillReadsAsANearDuplicate()
    {
        var a = "Your client, a nurse manager, tells you she has not slept properly for weeks and is afraid of the promotion panel.";
        var b = "Your client, a nurse manager, tells you she has not slept properly for weeks and is afraid of the interview panel.";
        Assert.True(StemSimilarity.Jaccard(a, b) >= QualityLimits.NearDuplicateStems);
    }

    [Fact]
    public void Shingles_AreWordTriples() =>
        Assert.Equal(["one two three", "two three four"], StemSimilarity.Shingles("One two three four").Order(StringComparer.Ordinal));
}
