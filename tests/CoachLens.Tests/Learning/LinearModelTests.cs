using System.Text;
using CoachLens.Learning;

namespace CoachLens.Tests.Learning;

public class LinearModelTests
{
    private static readonly ModelInfo Info = new("test-model", "1.0.0", "features/1", "test", new Dictionary<string, string> { ["data"] = "none" });

    private static LinearModel Model(string scaling = ModelInfo.NoScaling) => LinearModel.Create(
        Info with { Scaling = scaling },
        [new LinearHead("a", -1.0, 0.5), new LinearHead("b", 0.0, 0.3)],
        new Dictionary<string, double[]>
        {
            ["w:yes"] = [2.0, 0.0],
            ["w:no"] = [-1.0, 1.0],
            ["w:zero"] = [0.0, 0.0],
        });

    private static LinearModel Parse(string json) => LinearModel.Parse(new MemoryStream(Encoding.UTF8.GetBytes(json)));

    [Fact]
    public void Scorer_AddsTheWeightsOfTheGivenFeaturesToTheBias()
    {
        var scorer = new LinearScorer(Model());
        scorer.Add("w", "yes");
        Assert.Equal(1 / (1 + Math.Exp(-1.0)), scorer.Probability(0), 12);
        Assert.True(scorer.Fires(0));
        Assert.Equal(0.5, scorer.Probability(1), 12);
    }

    [Fact]
    public void Scorer_CountsAFeatureGivenTwiceOnce()
    {
        var scorer = new LinearScorer(Model());
        scorer.Add("w", "yes");
        scorer.Add("w:yes");
        Assert.Equal(1 / (1 + Math.Exp(-1.0)), scorer.Probability(0), 12);
    }

    [Fact]
    public void Scorer_IgnoresUnknownFeaturesAndForgetsEverythingOnReset()
    {
        var scorer = new LinearScorer(Model());
        scorer.Add("w", "never-seen");
        scorer.Add("w", "no");
        scorer.Reset();
        Assert.Equal(1 / (1 + Math.Exp(1.0)), scorer.Probability(0), 12);
    }

    [Fact]
    public void SqrtCountScaling_DividesTheSumByTheRootOfTheDistinctFeatureCount()
    {
        var scorer = new LinearScorer(Model(ModelInfo.SqrtCount));
        scorer.Add("w", "yes");
        scorer.Add("w", "unknown");
        scorer.Add("w", "other");
        scorer.Add("w", "fourth");
        Assert.Equal(1 / (1 + Math.Exp(-(-1.0 + (2.0 / 2)))), scorer.Probability(0), 12);
    }

    [Fact]
    public void AllZeroFeatures_AreDroppedWhenAModelIsCreated()
    {
        var model = Model();
        Assert.Equal(2, model.FeatureCount);
        Assert.Equal(0, model.Weight("w:zero", "a"));
    }

    [Fact]
    public void ToJson_ThenParse_GivesTheSameModel()
    {
        var model = Model(ModelInfo.SqrtCount);
        var again = Parse(model.ToJson());
        Assert.Equal(model.ToJson(), again.ToJson());
        Assert.Equal(-1.0, again.Weight("w:no", "a"));
        Assert.Equal(ModelInfo.SqrtCount, again.Info.Scaling);
        Assert.Equal("none", again.Info.Training["data"]);
    }

    [Fact]
    public void ToJson_IsStableAndEndsWithANewline()
    {
        var json = Model().ToJson();
        Assert.Equal(json, Model().ToJson());
        Assert.EndsWith("}\n", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_RoundsWeightsSoThatFileAndMemoryAgree()
    {
        var model = LinearModel.Create(Info, [new LinearHead("a", 0.1234567891, 0.5)], new Dictionary<string, double[]> { ["w:x"] = [0.98765432109] });
        Assert.Equal(0.987654, model.Weight("w:x", "a"));
        Assert.Equal(0.123457, model.Heads[0].Bias);
    }

    [Theory]
    [InlineData("""{"id":"m","version":"1","features":"f","source":"s","heads":[{"name":"a","bias":0,"threshold":0.5}],"weights":{"w:x":[1,2]}}""", "needs 1 finite weights")]
    [InlineData("""{"id":"m","version":"1","features":"f","source":"s","heads":[{"name":"a","bias":0,"threshold":1.5}],"weights":{}}""", "threshold between 0 and 1")]
    [InlineData("""{"id":"m","version":"1","features":"f","source":"s","heads":[{"name":"a","bias":0,"threshold":0.5},{"name":"a","bias":0,"threshold":0.5}],"weights":{}}""", "unique")]
    [InlineData("""{"id":"m","version":"1","features":"f","source":"s","heads":[],"weights":{}}""", "unique")]
    [InlineData("""{"id":"m","version":"1","features":"f","heads":[{"name":"a","bias":0,"threshold":0.5}],"weights":{}}""", "a source")]
    [InlineData("""{"id":"m","version":"1","features":"f","source":"s","heads":[{"name":"a","bias":0,"threshold":0.5}],"weights":{"nocolon":[1]}}""", "prefix:value")]
    [InlineData("""{"id":"m","version":"1","features":"f","source":"s","scaling":"log","heads":[{"name":"a","bias":0,"threshold":0.5}],"weights":{}}""", "unknown scaling")]
    [InlineData("""{"id": """, "not valid JSON")]
    public void BrokenModelFile_IsRefusedWithAReason(string json, string reason)
    {
        var ex = Assert.Throws<InvalidDataException>(() => Parse(json));
        Assert.Contains(reason, ex.Message, StringComparison.Ordinal);
    }
}
