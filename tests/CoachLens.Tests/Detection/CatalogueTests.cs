using CoachLens.Detection;
using CoachLens.Detectors;
using CoachLens.Rubrics;
using CoachLens.Scoring;

namespace CoachLens.Tests.Detection;

public class CatalogueTests
{
    [Fact]
    public void EveryCodeADetectorClaims_IsInTheVocabulary()
    {
        var claimed = DefaultDetectors.Create().SelectMany(d => d.Produces).ToList();
        Assert.All(claimed, code => Assert.Contains(code, Behaviors.All));
    }

    [Fact]
    public void EveryCodeInTheVocabulary_HasADetector()
    {
        var claimed = DefaultDetectors.Create().SelectMany(d => d.Produces).ToHashSet();
        Assert.All(Behaviors.All, code => Assert.Contains(code, claimed));
    }

    [Fact]
    public void EveryRubricMarker_HasExactlyOneRuleAndEveryRuleAMarker()
    {
        var rubric = RubricLoader.Default.Markers.Select(m => m.Id).Order().ToList();
        var rules = MarkerRules.Default.Rules.Select(r => r.Marker).Order().ToList();
        Assert.Equal(rubric, rules);
    }

    [Fact]
    public void DetectorIdsAreUniqueAndVersioned()
    {
        var detectors = DefaultDetectors.Create();
        Assert.Equal(detectors.Count, detectors.Select(d => d.Id).Distinct().Count());
        Assert.All(detectors, d => Assert.Matches(@"^\d+\.\d+\.\d+", d.Version));
    }

    [Fact]
    public void EveryCodeInTheVocabulary_IsDefinedInDocsBehaviors()
    {
        var doc = File.ReadAllText(Path.Combine(Support.Repo.Docs, "behaviors.md"));
        Assert.All(Behaviors.All, code => Assert.Contains($"### {code}\n", doc, StringComparison.Ordinal));
    }
}
