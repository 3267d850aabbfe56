using System.Text.RegularExpressions;
using CoachLens.Localization;
using CoachLens.Reports;
using CoachLens.Reports.Html;
using CoachLens.Rubrics;
using CoachLens.Scoring;
using CoachLens.Tests.Support;

namespace CoachLens.Tests.Reports;

/// <summary>A Turkish report is Turkish throughout: no English sentence of ours is left in it, only the client's and coach's own words.</summary>
public partial class TurkishReportTests
{
    public static TheoryData<string> Samples() => Repo.SampleNames();

    [Theory]
    [MemberData(nameof(Samples))]
    public void TurkishReport_ContainsNoEnglishTextOfOurs(string sample)
    {
        var analysis = Analysis.For(Languages.Turkish);
        var report = analysis.Analyze(Some.Sample(sample));
        Assert.Equal("tr", report.Language);
        var md = MarkdownReport.Write(report, analysis.Rubric);
        var html = HtmlReport.Write(report, analysis.Rubric);
        // A fragment the coach or client actually said (a template may quote a real question) is the session's words, not ours.
        foreach (var english in EnglishFragments().Where(f => !report.Turns.Any(t => t.Text.Contains(f.TrimStart('.', ' '), StringComparison.Ordinal))))
        {
            Assert.False(md.Contains(english, StringComparison.Ordinal), $"the Turkish Markdown report of {sample} still says \"{english}\"");
            Assert.False(html.Contains(HtmlText.Escape(english), StringComparison.Ordinal), $"the Turkish HTML report of {sample} still says \"{english}\"");
        }
    }

    [Fact]
    public void TurkishReport_AddressesTheClientAsDanisan_NotMusteri()
    {
        var analysis = Analysis.For(Languages.Turkish);
        var md = MarkdownReport.Write(analysis.Analyze(Some.Sample("consulting-mode-team-lead.txt")), analysis.Rubric);
        Assert.Contains("danışan", md, StringComparison.Ordinal);
        Assert.DoesNotContain("müşteri", md, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Every English sentence we author (catalog, rubric, rules), cut at placeholders, long enough to be unmistakable.</summary>
    private static IEnumerable<string> EnglishFragments()
    {
        var en = Texts.English;
        var tr = Texts.For(Languages.Turkish);
        var rubric = RubricLoader.Default;
        var sources = new List<string>();
        sources.AddRange(rubric.Markers.SelectMany(m => new[] { m.Text, m.Tip, m.Rewrite.Template, m.AssessabilityNote ?? string.Empty }));
        sources.AddRange(rubric.Competencies.SelectMany(c => new[] { c.Name, c.Definition }));
        sources.AddRange(rubric.CommonMistakes.Select(m => m.Text));
        sources.AddRange(rubric.Levels.SelectMany(l => l.Criteria.Select(c => c.Text).Append(l.Text)));
        sources.Add(rubric.LevelCaveat);
        sources.AddRange(MarkerRules.Default.Rules.SelectMany(r => new[] { r.Found, r.Missing }));
        sources.AddRange(CatalogKeys().Where(k => en[k] != tr[k]).Select(k => en[k]));
        return sources.SelectMany(s => Placeholder().Split(s)).Select(s => s.Trim()).Where(s => s.Length >= 14 && s.Contains(' ', StringComparison.Ordinal)).Distinct();
    }

    private static IEnumerable<string> CatalogKeys()
    {
        var dir = Path.Combine(Repo.Root, "src", "CoachLens", "Localization", "Data");
        return Directory.EnumerateFiles(dir, "*.data.json")
            .SelectMany(f => System.Text.Json.JsonDocument.Parse(File.ReadAllText(f)).RootElement.GetProperty("texts").EnumerateObject().Select(p => p.Name));
    }

    [GeneratedRegex(@"\{[A-Za-z]+\}")]
    private static partial Regex Placeholder();
}
