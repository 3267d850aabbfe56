using System.Text;
using System.Text.Json.Nodes;
using CoachLens.Localization;
using CoachLens.Rubrics;
using CoachLens.Scoring;
using CoachLens.Tests.Support;

namespace CoachLens.Tests.Rubrics;

public class RubricTranslationTests
{
    private static readonly string TurkishRubric = Path.Combine(Repo.Root, "src", "CoachLens", "Rubrics", "Data", "icf-2019.tr.data.json");

    [Fact]
    public void TurkishRubric_TranslatesEveryTextAndKeepsEveryId()
    {
        var en = RubricLoader.Default;
        var tr = RubricLoader.For(Languages.Turkish);
        Assert.Equal("tr", tr.Language);
        Assert.Equal(en.Markers.Select(m => m.Id), tr.Markers.Select(m => m.Id));
        Assert.Equal(en.Competencies.SelectMany(c => c.SubItems).Select(s => s.Id), tr.Competencies.SelectMany(c => c.SubItems).Select(s => s.Id));
        Assert.All(en.Markers.Zip(tr.Markers), p =>
        {
            Assert.NotEqual(p.First.Text, p.Second.Text);
            Assert.NotEqual(p.First.Tip, p.Second.Tip);
        });
        Assert.NotEqual(en.LevelCaveat, tr.LevelCaveat);
        Assert.All(tr.CommonMistakes, m => Assert.False(string.IsNullOrWhiteSpace(m.Name)));
    }

    [Fact]
    public void ATranslationMissingAMarker_FailsAtLoad()
    {
        var json = JsonNode.Parse(File.ReadAllText(TurkishRubric))!;
        json["markers"]!.AsObject().Remove("6.2");
        var ex = Assert.Throws<InvalidDataException>(() => Apply(json));
        Assert.Contains("marker 6.2 is not translated", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ATranslationMissingASubItemOrCriterion_FailsAtLoad()
    {
        var json = JsonNode.Parse(File.ReadAllText(TurkishRubric))!;
        json["competencies"]!["4"]!["subItems"]!.AsObject().Remove("4.6");
        json["levels"]!["PCC"]!["criteria"]!.AsObject().Remove("pcc-talk");
        var ex = Assert.Throws<InvalidDataException>(() => Apply(json));
        Assert.Contains("sub-item 4.6", ex.Message, StringComparison.Ordinal);
        Assert.Contains("pcc-talk", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ARewriteTemplateThatDropsAPlaceholder_FailsAtLoad()
    {
        var json = JsonNode.Parse(File.ReadAllText(TurkishRubric))!;
        json["markers"]!["6.2"]!["template"] = "Bu kelime sizin için ne anlama geliyor?";
        var ex = Assert.Throws<InvalidDataException>(() => Apply(json));
        Assert.Contains("6.2 rewrite template", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TurkishMarkerRules_TranslateEveryRule()
    {
        var tr = MarkerRules.InLanguage(Languages.Turkish);
        Assert.Equal(MarkerRules.Default.Rules.Select(r => r.Marker), tr.Rules.Select(r => r.Marker));
        Assert.All(MarkerRules.Default.Rules.Zip(tr.Rules), p => Assert.NotEqual(p.First.Found, p.Second.Found));
    }

    [Fact]
    public void MarkerRulesMissingATranslation_FailAtLoad()
    {
        var path = Path.Combine(Repo.Root, "src", "CoachLens", "Scoring", "Data", "marker-rules.tr.data.json");
        var json = JsonNode.Parse(File.ReadAllText(path))!;
        json["rules"]!.AsObject().Remove("8.9");
        var ex = Assert.Throws<InvalidDataException>(() => MarkerRules.Default.Translate(new MemoryStream(Encoding.UTF8.GetBytes(json.ToJsonString()))));
        Assert.Contains("rule 8.9", ex.Message, StringComparison.Ordinal);
    }

    private static Rubric Apply(JsonNode json) =>
        RubricTranslation.Parse(new MemoryStream(Encoding.UTF8.GetBytes(json.ToJsonString()))).ApplyTo(RubricLoader.Default);
}
