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
}
