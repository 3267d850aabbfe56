using CoachLens.Text;

namespace CoachLens.Tests.Text;

public class TokenizerTests
{
    [Fact]
    public void Words_AreLowerCasedWithStraightApostrophesAndContractionsWhole()
    {
        Assert.Equal(["i", "don't", "know", "what's", "next"], Tokenizer.Words("I don’t know what's NEXT."));
    }

    [Fact]
    public void Tokens_PointIntoTheOriginalText()
    {
        const string text = "So, um, what now?";
        var tokens = Tokenizer.Tokenize(text);
        Assert.All(tokens, t => Assert.Equal(t.Value, text.Substring(t.Start, t.Length).ToLowerInvariant()));
        Assert.Equal(["so", "um", "what", "now"], tokens.Select(t => t.Value));
    }

    [Theory]
    [InlineData("um")]
    [InlineData("Uh")]
    [InlineData("mm-hmm")]
    [InlineData("Uh-huh")]
    [InlineData("hmm")]
    public void Fillers_AreMarkedAsFillers(string filler)
    {
        var token = Assert.Single(Tokenizer.Tokenize(filler));
        Assert.Equal(TokenKind.Filler, token.Kind);
    }

    [Fact]
    public void Stutter_IsOneWordMarkedAsARestart()
    {
        var token = Assert.Single(Tokenizer.Tokenize("I-I"));
        Assert.Equal("i", token.Value);
        Assert.True(token.Restart);
    }

    [Fact]
    public void PartialWord_IsRepairedToTheWordThatFollows()
    {
        var token = Assert.Single(Tokenizer.Tokenize("th-the"));
        Assert.Equal("the", token.Value);
        Assert.True(token.Restart);
    }

    [Fact]
    public void WordCutOffWithADash_IsMarkedAsARestart()
    {
        var tokens = Tokenizer.Tokenize("you put-- you drink on average-");
        Assert.True(tokens[1].Restart);
        Assert.True(tokens[^1].Restart);
        Assert.False(tokens[2].Restart);
    }

    [Fact]
    public void HyphenatedCompound_StaysOneOrdinaryWord()
    {
        var token = Assert.Single(Tokenizer.Tokenize("smoke-free"));
        Assert.Equal("smoke-free", token.Value);
        Assert.False(token.Restart);
        Assert.Equal(TokenKind.Word, token.Kind);
    }

    [Fact]
    public void Numbers_KeepDecimalsAndPercent()
    {
        Assert.Equal(["about", "3.5", "or", "40%"], Tokenizer.Words("about 3.5 or 40%"));
        Assert.Equal(TokenKind.Number, Tokenizer.Tokenize("40%")[0].Kind);
    }

    [Fact]
    public void QuotesAroundAWord_AreNotPartOfIt()
    {
        Assert.Equal(["she", "said", "no"], Tokenizer.Words("She said 'no'"));
    }
}
