using CoachLens.Detection;
using CoachLens.Detectors.CoachTalk;
using CoachLens.Learning;
using CoachLens.Tests.Support;

namespace CoachLens.Tests.Detectors.CoachTalk;

public class TalkFeaturesTests
{
    private static HashSet<string> FeaturesOfLastTurn(params string[] lines)
    {
        var transcript = Some.Transcript(lines);
        var sink = new Names();
        new TalkFeatures().Extract(DetectionContext.Of(transcript), transcript.Turns.Count - 1, sink);
        return sink.All;
    }

    [Fact]
    public void Reflection_SeesTheWordsItSharesWithThePreviousClientTurn()
    {
        var features = FeaturesOfLastTurn("Client: I'm worried about the deadline and my manager.", "Coach: You're worried about the deadline.");
        Assert.Contains("overlap:2", features);
        Assert.Contains("shift:i-to-you", features);
        Assert.Contains("client-feeling:both", features);
    }

    [Fact]
    public void UnrelatedStatement_SharesNothing()
    {
        var features = FeaturesOfLastTurn("Client: I'm worried about the deadline.", "Coach: Let's look at the calendar.");
        Assert.Contains("overlap:0", features);
        Assert.DoesNotContain("shift:i-to-you", features);
    }

    [Fact]
    public void SentenceOpening_SkipsFillersAndDiscourseMarkers()
    {
        var features = FeaturesOfLastTurn("Client: Okay.", "Coach: Um, so, you know, what-what would help?");
        Assert.Contains("q-open1:what", features);
        Assert.Contains("q-open2:what would", features);
        Assert.Contains("end:q", features);
    }

    [Fact]
    public void ClientsAnswer_IsAFeatureOfTheQuestion()
    {
        var transcript = Some.Transcript("Coach: Did you call her?", "Client: Yes, yesterday.");
        var sink = new Names();
        new TalkFeatures().Extract(DetectionContext.Of(transcript), 0, sink);
        Assert.Contains("answer-first:yes", sink.All);
        Assert.Contains("client-before:none", sink.All);
    }

    [Fact]
    public void SameTurn_GivesTheSameFeaturesEveryTime()
    {
        string[] lines = ["Client: I keep saying yes to everything.", "Coach: Part of you wants to say no. What stops you?", "Client: Fear."];
        Assert.Equal(FeaturesOfLastTurn(lines[..2]), FeaturesOfLastTurn(lines[..2]));
    }

    private sealed class Names : IFeatureSink
    {
        public HashSet<string> All { get; } = new(StringComparer.Ordinal);

        public void Add(string prefix, ReadOnlySpan<char> a, ReadOnlySpan<char> b = default) => All.Add(FeatureHash.Name(prefix, a, b));
    }
}
