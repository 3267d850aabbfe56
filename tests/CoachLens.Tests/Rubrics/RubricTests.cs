using CoachLens.Rubrics;

namespace CoachLens.Tests.Rubrics;

public class RubricTests
{
    private static readonly Rubric Rubric = RubricLoader.Default;

    [Fact]
    public void DefaultRubric_IsIcf2019WithEightCompetenciesAnd37Markers()
    {
        Assert.Equal("icf-2019", Rubric.Id);
        Assert.Equal(8, Rubric.Competencies.Count);
        Assert.Equal(37, Rubric.Markers.Count);
        Assert.Equal(["3", "4", "5", "6", "7", "8"], Rubric.Markers.Select(m => m.Competency).Distinct());
    }

    [Theory]
    [InlineData("5.5")]
    [InlineData("6.4")]
    [InlineData("6.6")]
    [InlineData("7.5")]
    public void MarkersATranscriptShowsOnlyPartly_SayHow(string id)
    {
        var marker = Rubric.Marker(id);
        Assert.True(marker.IsPartlyAssessable);
        Assert.False(string.IsNullOrWhiteSpace(marker.AssessabilityNote));
    }

    [Fact]
    public void EveryEntry_KeepsItsSourceAndIcfVersion()
    {
        Assert.All(Rubric.Markers, m => Assert.StartsWith("https://", m.Source, StringComparison.Ordinal));
        Assert.All(Rubric.Competencies, c => Assert.Equal("2019", c.IcfVersion));
        Assert.Equal(3, Rubric.AccStatements.Count(a => a.Competency == "4"));
    }

    [Fact]
    public void SubItems_AreNumberedWithinTheirCompetency()
    {
        foreach (var c in Rubric.Competencies)
        {
            Assert.Equal(Enumerable.Range(1, c.SubItems.Count).Select(i => $"{c.Id}.{i}"), c.SubItems.Select(s => s.Id));
        }
    }

    [Fact]
    public void MarkerNamingAnUnknownCompetency_FailsValidation()
    {
        var broken = Rubric with { Markers = [.. Rubric.Markers, Rubric.Markers[0] with { Id = "9.1", Competency = "9" }] };
        var ex = Assert.Throws<InvalidDataException>(() => RubricLoader.Validate(broken));
        Assert.Contains("unknown competency 9", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PartlyAssessableMarkerWithoutANote_FailsValidation()
    {
        var broken = Rubric with { Markers = [.. Rubric.Markers.Select(m => m.Id == "5.5" ? m with { AssessabilityNote = null } : m)] };
        Assert.Throws<InvalidDataException>(() => RubricLoader.Validate(broken));
    }
}
