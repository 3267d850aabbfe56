using CoachLens.Detection;
using CoachLens.Detectors.CoachTalk;
using CoachLens.Text;

namespace CoachLens.Tests.Detectors.CoachTalk;

public class TalkRulesTests
{
    private static bool Fires(string code, string turn) => TalkRules.Default.Match(code, SentenceSplitter.Split(turn)) is not null;

    [Theory]
    [InlineData("You should talk to your manager first thing on Monday.")]
    [InlineData("Honestly, I think you should just ask for the raise.")]
    [InlineData("If I were you, I'd just quit.")]
    [InlineData("I'd suggest you take a week before you decide.")]
    [InlineData("Why don't you block the mornings for deep work?")]
    [InlineData("My advice is to get it in writing.")]
    public void Advice_FiresOnItsUnmistakableForms(string turn) => Assert.True(Fires(Behaviors.Advice, turn));

    [Theory]
    [InlineData("I'm not going to tell you what to do here.")]
    [InlineData("What do you think you should do?")]
    [InlineData("It sounds like you need to rest.")]
    [InlineData("You feel like you're being told you should quit.")]
    [InlineData("Your boss keeps telling you you should work weekends.")]
    [InlineData("So you need to decide by Friday?")]
    public void Advice_DoesNotFireOnReportedOrReflectedAdviceOrQuestions(string turn) => Assert.False(Fires(Behaviors.Advice, turn));

    [Theory]
    [InlineData("Research shows that most people overestimate how others see them.")]
    [InlineData("There's a model called the Drama Triangle.")]
    [InlineData("About 70 percent of people say so.")]
    public void Information_FiresOnFactsAndNamedModels(string turn) => Assert.True(Fires(Behaviors.Information, turn));

    [Theory]
    [InlineData("Tell me more about that.")]
    [InlineData("So, can you describe what a good week looks like.")]
    [InlineData("I'm wondering what you make of that.")]
    public void OpenInvitation_WithoutAQuestionMark_IsAnOpenQuestion(string turn) => Assert.True(Fires(Behaviors.OpenQuestion, turn));

    [Fact]
    public void OpenInvitationRule_ReadsStatementsOnly()
    {
        Assert.False(Fires(Behaviors.OpenQuestion, "Tell me about it?"));
    }

    [Fact]
    public void RuleWithAnotherCode_IsRefusedAtLoad()
    {
        var json = """{"version":"1","source":"s","rules":[{"code":"empathy","sentences":"all","patterns":["x"]}]}"""u8.ToArray();
        Assert.Throws<InvalidDataException>(() => TalkRules.Parse(new MemoryStream(json)));
    }

    [Fact]
    public void BrokenPattern_IsRefusedAtLoadWithThePattern()
    {
        var json = """{"version":"1","source":"s","rules":[{"code":"advice","sentences":"all","patterns":["(unclosed"]}]}"""u8.ToArray();
        var ex = Assert.Throws<InvalidDataException>(() => TalkRules.Parse(new MemoryStream(json)));
        Assert.Contains("(unclosed", ex.Message, StringComparison.Ordinal);
    }
}
