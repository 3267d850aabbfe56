using System.Text;
using CoachLens.Detection;
using CoachLens.Detectors;
using CoachLens.Tests.Support;

namespace CoachLens.Tests.Detection;

public class PhraseRulesTests
{
    private static PhraseDetector Detector(string rules) =>
        new(PhraseRules.Parse(new MemoryStream(Encoding.UTF8.GetBytes("{\"version\": \"t\", \"rules\": [" + rules + "]}"))));

    private static IReadOnlyList<string> CodesOfLastTurn(PhraseDetector detector, params string[] lines)
    {
        var transcript = Some.Transcript(lines);
        var result = new PipelineBuilder().Use(detector).Build().Run(transcript);
        return result.CodesOf(transcript.Turns.Count - 1);
    }

    [Fact]
    public void QuestionScope_IgnoresStatements()
    {
        var d = Detector("{\"code\": \"permission\", \"role\": \"coach\", \"in\": \"question\", \"patterns\": [\"\\\\bcan i share\\\\b\"], \"source\": \"t\"}");
        Assert.Contains(Behaviors.Permission, CodesOfLastTurn(d, "Client: Hi.", "Coach: Can I share something?"));
        Assert.DoesNotContain(Behaviors.Permission, CodesOfLastTurn(d, "Client: Hi.", "Coach: Can I share a story, I wondered. It went well."));
    }

    [Fact]
    public void SentenceExclusion_BlocksOnlyItsOwnSentence()
    {
        var d = Detector("{\"code\": \"minimizing\", \"role\": \"coach\", \"patterns\": [\"\\\\bdon't worry\\\\b\"], \"exclude\": [\"\\\\bdon't worry about the time\\\\b\"], \"source\": \"t\"}");
        Assert.DoesNotContain(Behaviors.Minimizing, CodesOfLastTurn(d, "Client: I'm late.", "Coach: Don't worry about the time."));
        Assert.Contains(Behaviors.Minimizing, CodesOfLastTurn(d, "Client: I'm scared.", "Coach: Don't worry about the time. And don't worry, it's nothing."));
    }

    [Fact]
    public void AfterCondition_ReadsTheOtherSpeakersTurnJustBefore()
    {
        var d = Detector("{\"code\": \"guarded\", \"role\": \"client\", \"in\": \"turn\", \"patterns\": [\"^fine\\\\.?$\"], \"after\": {\"patterns\": [\"\\\\bhow\\\\b.*\\\\?\"]}, \"source\": \"t\"}");
        Assert.Contains(Behaviors.Guarded, CodesOfLastTurn(d, "Coach: How are things at home?", "Client: Fine."));
        Assert.DoesNotContain(Behaviors.Guarded, CodesOfLastTurn(d, "Coach: Shall we meet Thursday?", "Client: Fine."));
    }

    [Fact]
    public void MaxWords_LimitsTheTurnLength()
    {
        var d = Detector("{\"code\": \"guarded\", \"role\": \"client\", \"patterns\": [\"\\\\bi don't know\\\\b\"], \"maxWords\": 4, \"source\": \"t\"}");
        Assert.Contains(Behaviors.Guarded, CodesOfLastTurn(d, "Coach: Why?", "Client: I don't know."));
        Assert.DoesNotContain(Behaviors.Guarded, CodesOfLastTurn(d, "Coach: Why?", "Client: I don't know, maybe because my father did the same."));
    }

    [Theory]
    [InlineData("{\"code\": \"nope\", \"role\": \"coach\", \"patterns\": [\"x\"], \"source\": \"t\"}", "unknown behavior code")]
    [InlineData("{\"code\": \"empathy\", \"role\": \"coach\", \"patterns\": [\"x\"]}", "source")]
    [InlineData("{\"code\": \"empathy\", \"role\": \"coach\", \"in\": \"paragraph\", \"patterns\": [\"x\"], \"source\": \"t\"}", "\"in\"")]
    [InlineData("{\"id\": \"a\", \"code\": \"empathy\", \"role\": \"coach\", \"patterns\": [\"x\"], \"source\": \"t\"}, {\"id\": \"a\", \"code\": \"empathy\", \"role\": \"coach\", \"patterns\": [\"y\"], \"source\": \"t\"}", "twice")]
    public void InvalidRules_AreRejectedAtLoad(string rules, string message)
    {
        var ex = Assert.Throws<InvalidDataException>(() => Detector(rules));
        Assert.Contains(message, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ShippedRules_HaveAnIdAndASourceEach()
    {
        var rules = PhraseRules.Default.Rules;
        Assert.All(rules, r => Assert.False(string.IsNullOrWhiteSpace(r.Source)));
        Assert.Equal(rules.Count, rules.Select(r => r.Id).Distinct().Count());
    }
}
