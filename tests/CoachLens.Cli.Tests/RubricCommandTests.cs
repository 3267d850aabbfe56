namespace CoachLens.Cli.Tests;

public class RubricCommandTests
{
    [Fact]
    public void Rubric_ListsAllCompetenciesAndMarkers()
    {
        var run = CliRun.Of("rubric");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("4. Cultivates Trust and Safety", run.Stdout, StringComparison.Ordinal);
        Assert.Equal(37, run.Stdout.Split('\n').Count(l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^\s+[3-8]\.\d\s")));
    }

    [Fact]
    public void RubricWithANumber_ShowsOneCompetencyWithSubItemsMarkersAndAccStatements()
    {
        var run = CliRun.Of("rubric", "4");
        Assert.Contains("4.6", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("A4.3", run.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("5.1 ", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownCompetency_IsAUsageError() => Assert.Equal(2, CliRun.Of("rubric", "12").ExitCode);

    [Fact]
    public void Rubric_InTurkish_ShowsTheCompetencyAndItsMarkersInTurkish()
    {
        var run = CliRun.Of("rubric", "4", "--lang", "tr");
        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("4. Güven ve Güvenlik Ortamı Oluşturur", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("PCC göstergeleri:", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("  4.2  Danışana destek, empati ya da ilgi gösterir.", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("A4.1", run.Stdout, StringComparison.Ordinal);
    }
}
