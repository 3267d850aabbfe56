using AngleSharp.Html.Parser;
using CoachLens.Localization;
using CoachLens.Reports;
using CoachLens.Reports.Html;
using CoachLens.Tests.Support;

namespace CoachLens.Tests.Reports;

/// <summary>Transcript text is untrusted: markup, links and field codes in it stay inert text in every format.</summary>
public class HostileTranscriptTests
{
    public const string Payload = "<script>alert('x')</script> <img src=x onerror=alert(1)> [click](http://evil.example) <a href=\"javascript:alert(2)\">a</a> { DDEAUTO c:\\\\windows\\\\system32\\\\cmd.exe \"/k calc\" } { HYPERLINK \"http://evil.example\" } </p></li><style>body{display:none}</style> ]]> &amp; \u0001";

    public static CoachLens.Transcripts.Transcript Transcript() => Some.Transcript(
        "[00:00:01] Coach: What would you like to focus on today? " + Payload,
        "[00:00:09] Client: I feel stuck and I want to decide. " + Payload,
        "[00:00:30] Coach: What does \"stuck\" mean for you? <b>bold</b>",
        "[00:00:41] Client: Scared, honestly. " + Payload);

    [Theory]
    [InlineData("en")]
    [InlineData("tr")]
    public void Html_RendersTranscriptMarkupAsText(string language)
    {
        var analysis = Analysis.For(language);
        var html = HtmlReport.Write(analysis.Analyze(Transcript()), analysis.Rubric);
        var doc = new HtmlParser().ParseDocument(html);
        Assert.Empty(doc.QuerySelectorAll("script, img, b, p > style, li style"));
        Assert.Single(doc.QuerySelectorAll("style"));
        Assert.All(doc.All, e => Assert.DoesNotContain(e.Attributes, a => a.Name.StartsWith("on", StringComparison.Ordinal) || a.Value.Contains("javascript:", StringComparison.Ordinal)));
        Assert.All(doc.QuerySelectorAll("a[href]"), a => Assert.StartsWith("#", a.GetAttribute("href"), StringComparison.Ordinal));
        // The words are still there for the reader, as text.
        Assert.Contains("<script>alert('x')</script>", doc.GetElementById("turn-0")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain('\u0001', html);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("tr")]
    public void Markdown_RendersTranscriptMarkupAsText(string language)
    {
        var analysis = Analysis.For(language);
        var md = MarkdownReport.Write(analysis.Analyze(Transcript()), analysis.Rubric);
        Assert.DoesNotContain("](http", md, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", md, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", md, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_KeepsTheWordsAsData()
    {
        var json = JsonReport.Write(Analysis.For(Languages.Turkish).Analyze(Transcript()));
        var back = JsonReport.Read(json);
        Assert.Contains("<script>alert('x')</script>", back.Turns[0].Text, StringComparison.Ordinal);
    }
}
