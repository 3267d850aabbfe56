using System.IO.Compression;
using CoachLens.Export.Docx;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CoachLens.Export.Tests.Docx;

public class DocxReportTests
{
    public static TheoryData<string, string> Cases() => Samples.EveryLanguage();

    private static byte[] Render(string sample, string language)
    {
        var (report, rubric) = Samples.Report(sample, language);
        return new DocxReport().Render(report, rubric);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Docx_MatchesItsReviewedSnapshot(string sample, string language) =>
        Samples.MatchSnapshot($"{Path.GetFileNameWithoutExtension(sample)}.{language}.docx.txt", DocxDump.Of(Render(sample, language)));

    [Theory]
    [MemberData(nameof(Cases))]
    public void Docx_IsAValidWordDocument_WithTheMarkerTableAndTheTranscript(string sample, string language)
    {
        var bytes = Render(sample, language);
        using var doc = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        var errors = new OpenXmlValidator().Validate(doc).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        var body = doc.MainDocumentPart!.Document.Body!;
        var (report, _) = Samples.Report(sample, language);
        Assert.Equal(1 + 37 + 6, body.Elements<Table>().Single().Elements<TableRow>().Count()); // header, markers, a row per competency 3-8
        var bookmarks = body.Descendants<BookmarkStart>().Select(b => b.Name!.Value).ToHashSet();
        Assert.Equal(report.Turns.Count, bookmarks.Count);
        Assert.All(body.Descendants<Hyperlink>(), h => Assert.Contains(h.Anchor!.Value, bookmarks));
        Assert.Equal(report.Markers.Sum(m => m.Evidence.Count), body.Elements<Table>().Single().Descendants<Hyperlink>().Count());
    }

    [Fact]
    public void Docx_IsByteIdentical_WithFixedZipDates()
    {
        var first = Render("strong-pcc-career-change.txt", CoachLens.Localization.Languages.Turkish);
        Assert.Equal(first, Render("strong-pcc-career-change.txt", CoachLens.Localization.Languages.Turkish));
        using var zip = new ZipArchive(new MemoryStream(first));
        Assert.All(zip.Entries, e => Assert.Equal(1980, e.LastWriteTime.Year));
    }
}
