using CoachLens.Learning;

namespace CoachLens.Tests.Learning;

public class FeatureHashTests
{
    [Theory]
    [InlineData("w", "yes", "")]
    [InlineData("b", "do", "you")]
    [InlineData("q-open3", "what do", "you")]
    public void HashOfParts_EqualsHashOfTheJoinedName(string prefix, string a, string b)
    {
        var name = FeatureHash.Name(prefix, a, b);
        Assert.Equal(FeatureHash.Of(name), FeatureHash.Of(prefix, a, b));
    }

    [Fact]
    public void Name_JoinsPrefixAndPartsAsDocumented()
    {
        Assert.Equal("w:yes", FeatureHash.Name("w", "yes", default));
        Assert.Equal("b:do you", FeatureHash.Name("b", "do", "you"));
    }
}
