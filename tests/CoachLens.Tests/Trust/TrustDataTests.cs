using System.Text;
using CoachLens.Localization;
using CoachLens.Trust;

namespace CoachLens.Tests.Trust;

public class TrustDataTests
{
    [Fact]
    public void EveryTrustDataEntry_NamesItsSource()
    {
        var rules = TrustRules.Default;
        var cues = rules.Openness.Signals.Append(rules.Openness.Guarded)
            .Concat(rules.Moves.Moves.Select(m => m.Cue))
            .Concat(rules.Moves.RepairElements)
            .Concat([rules.Moves.Redirect, rules.Moves.EmotionalCue, rules.Moves.Relabels, rules.Contracting.FirstSession])
            .Concat(rules.Contracting.Topics)
            .Concat(rules.Risk.Cues)
            .Concat(rules.Risk.Responses);
        Assert.All(cues, c => Assert.False(string.IsNullOrWhiteSpace(c.Source), c.Id));
        Assert.All(rules.Moves.Breakers, b => Assert.False(string.IsNullOrWhiteSpace(b.Source), b.Kind));
    }

    [Fact]
    public void EveryBreakerAMoveNames_SaysWhyItHarmsSafety_InEveryLanguage()
    {
        var kinds = TrustRules.Default.Moves.Breakers.Select(b => b.Kind).ToHashSet();
        Assert.All(TrustRules.Default.Moves.Moves.Where(m => m.Breaker is not null), m => Assert.Contains(m.Breaker!, kinds));
        Assert.Equal(
            ["interrupting", "early_advice", "judging", "minimizing", "no_permission", "imposing_values", "confidentiality_slip", "missed_emotional_cue"],
            TrustRules.Default.Moves.Breakers.Select(b => b.Kind));
        foreach (var language in Languages.All)
        {
            var words = new TrustWords(Texts.For(language));
            Assert.All(kinds, k => Assert.False(string.IsNullOrWhiteSpace(words.Why(k)) || string.IsNullOrWhiteSpace(words.Breaker(k)), $"{language} {k}"));
        }
    }

    [Fact]
    public void EveryMoveTopicRiskCategoryAndResponse_HasWordsInEveryLanguage()
    {
        var rules = TrustRules.Default;
        foreach (var language in Languages.All)
        {
            var words = new TrustWords(Texts.For(language));
            Assert.All(rules.Moves.Moves.Select(m => m.Id).Append(MoveRules.ReflectionOfFeeling), id => Assert.NotEmpty(words.Move(id)));
            Assert.All(rules.Moves.RepairElements, e => Assert.NotEmpty(words.RepairPart(e.Id)));
            Assert.All(rules.Contracting.Topics, t => Assert.NotEmpty(words.Topic(t.Id)));
            Assert.All(rules.Risk.Cues.Concat(rules.Risk.Concerns).Select(c => c.Id).Concat(["safety_answer", "coach_response", "other"]), c => Assert.NotEmpty(words.Risk(c)));
            Assert.All(rules.Risk.Responses, r => Assert.NotEmpty(words.Response(r.Id)));
        }
    }

    [Fact]
    public void ARiskCueWithAnUnknownBehaviorCode_FailsAtLoad()
    {
        const string json = """
            { "version": "1", "cues": [ { "id": "x", "codes": ["no_such_code"], "source": "test" } ], "responses": [] }
            """;
        var ex = Assert.Throws<InvalidDataException>(() => TrustDataLoader.Risk(new MemoryStream(Encoding.UTF8.GetBytes(json))));
        Assert.Contains("no_such_code", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnEntryWithoutASource_FailsAtLoad()
    {
        const string json = """
            { "version": "1", "cues": [ { "id": "x", "patterns": ["\\bhelp\\b"] } ], "responses": [] }
            """;
        var ex = Assert.Throws<InvalidDataException>(() => TrustDataLoader.Risk(new MemoryStream(Encoding.UTF8.GetBytes(json))));
        Assert.Contains("source", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void APatternThatDoesNotCompile_FailsAtLoad()
    {
        const string json = """
            { "version": "1", "cues": [ { "id": "x", "patterns": ["(unclosed"], "source": "test" } ], "responses": [] }
            """;
        Assert.Throws<InvalidDataException>(() => TrustDataLoader.Risk(new MemoryStream(Encoding.UTF8.GetBytes(json))));
    }
}
