using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using CoachLens.Localization;
using CoachLens.Reports.Html;
using CoachLens.Tests.Support;

namespace CoachLens.Tests.Reports;

public class HtmlReportTests
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var f in Repo.SampleFiles)
        {
            foreach (var language in Languages.All)
            {
                data.Add(Path.GetFileName(f), language);
            }
        }

        return data;
    }

    private static IDocument Render(string sample, string language)
    {
        var analysis = Analysis.For(language);
        return new HtmlParser().ParseDocument(HtmlReport.Write(analysis.Analyze(Some.Sample(sample)), analysis.Rubric));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void HtmlReport_IsSelfContained_NoScriptsNoNetwork(string sample, string language)
    {
        var doc = Render(sample, language);
        Assert.Empty(doc.QuerySelectorAll("script, link, img, iframe, object, embed, form, base"));
        Assert.All(doc.All, e => Assert.DoesNotContain(e.Attributes, a => a.Name.StartsWith("on", StringComparison.Ordinal) || a.Name is "src" or "srcset"));
        Assert.All(doc.QuerySelectorAll("a[href]"), a => Assert.StartsWith("#", a.GetAttribute("href"), StringComparison.Ordinal));
        Assert.DoesNotContain("url(", doc.QuerySelector("style")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("default-src 'none'", doc.QuerySelector("meta[http-equiv=Content-Security-Policy]")!.GetAttribute("content"), StringComparison.Ordinal);
        Assert.Equal(language, doc.DocumentElement.GetAttribute("lang"));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void HtmlReport_HasEverySection_37Markers_AndItsCharts(string sample, string language)
    {
        var doc = Render(sample, language);
        foreach (var id in new[] { "summary", "feedback", "trust", "markers", "talk", "transcript" })
        {
            Assert.NotNull(doc.GetElementById(id));
        }

        Assert.Equal(37, doc.QuerySelectorAll("table.markers tr[id^=marker-]").Length);
        Assert.NotNull(doc.QuerySelector("#summary svg.coverage"));
        Assert.NotNull(doc.QuerySelector("#talk svg.talk"));
        Assert.NotNull(doc.QuerySelector("#talk svg.questions"));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void EveryQuote_LinksToItsTurnInTheTranscript(string sample, string language)
    {
        var analysis = Analysis.For(language);
        var report = analysis.Analyze(Some.Sample(sample));
        var doc = new HtmlParser().ParseDocument(HtmlReport.Write(report, analysis.Rubric));
        Assert.Equal(report.Turns.Count, doc.QuerySelectorAll("#transcript li.turn").Length);
        foreach (var a in doc.QuerySelectorAll("a[href^='#turn-']"))
        {
            Assert.NotNull(doc.GetElementById(a.GetAttribute("href")![1..]));
        }

        var quoteLinks = doc.QuerySelectorAll("table.markers ul.evidence a").ToList();
        Assert.Equal(report.Markers.Sum(m => m.Evidence.Count), quoteLinks.Count);
        var first = report.Markers.SelectMany(m => m.Evidence).FirstOrDefault();
        if (first is not null)
        {
            Assert.Equal($"#turn-{first.Turn}", quoteLinks[0].GetAttribute("href"));
            Assert.Contains(first.Quote, quoteLinks[0].TextContent, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void HtmlReport_IsDeterministic()
    {
        var a = Render("strong-pcc-career-change.txt", "tr").DocumentElement.OuterHtml;
        var b = Render("strong-pcc-career-change.txt", "tr").DocumentElement.OuterHtml;
        Assert.Equal(a, b);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("tr")]
    public void TrustSection_DrawsOpennessOverTime_WhenTheReportCarriesATrustAnalysis(string language)
    {
        var analysis = Analysis.For(language);
        var report = analysis.Analyze(Some.Sample("interrupting-rushed-coach.vtt"));
        var client = report.Turns.Where(t => t.Role == "client").Select(t => t.Index).ToList();
        var view = new TrustView(
            client.Select((t, i) => new CoachLens.Reports.Charts.TrajectoryPoint(t, i < client.Count / 2 ? 0.6 - (0.05 * i) : 0.3 + (0.05 * i))).ToList(),
            [new TrustMoment(client[3], "drop", client[3] - 1, "Shorter answers after an interruption <b>"), new TrustMoment(client[^3], "repair", client[^3] - 1, "The coach named the misstep.")]);
        var doc = new HtmlParser().ParseDocument(HtmlReport.Write(report, analysis.Rubric, view));
        var trust = doc.GetElementById("trust")!;
        Assert.Equal(client.Count, trust.QuerySelector("svg.openness polyline")!.GetAttribute("points")!.Split(' ').Length);
        Assert.Equal(2, trust.QuerySelectorAll("svg.openness circle.moment").Length);
        Assert.Equal(2, trust.QuerySelectorAll("ul.evidence li a[href='#turn-" + client[3] + "'], ul.evidence li a[href='#turn-" + client[^3] + "']").Length);
        Assert.Null(trust.QuerySelector("b"));
        Assert.DoesNotContain(Texts.For(language)["html.trustPending"], trust.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void TrustSection_DrawsTheOpennessChart_FromTheReportsTrustAnalysis()
    {
        var doc = Render("interrupting-rushed-coach.vtt", "en");
        Assert.NotNull(doc.QuerySelector("#trust svg.openness"));
        Assert.DoesNotContain(Texts.English["html.trustPending"], doc.GetElementById("trust")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(Texts.English["html.moments"], doc.GetElementById("trust")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Renderers_RefuseARubricInAnotherLanguage()
    {
        var report = Analysis.For("tr").Analyze(Some.Sample("consulting-mode-team-lead.txt"));
        Assert.Throws<ArgumentException>(() => HtmlReport.Write(report, Analysis.Default.Rubric));
        Assert.Throws<ArgumentException>(() => CoachLens.Reports.MarkdownReport.Write(report, Analysis.Default.Rubric));
    }
}
