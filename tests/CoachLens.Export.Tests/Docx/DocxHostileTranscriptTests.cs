using System.IO.Compression;
using CoachLens.Export.Docx;
using CoachLens.Transcripts;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace CoachLens.Export.Tests.Docx;

/// <summary>Word field codes, markup and links in a transcript stay plain text in the .docx.</summary>
public class DocxHostileTranscriptTests
{
    private const string Payload = "{ DDEAUTO c:\\\\windows\\\\system32\\\\cmd.exe \"/k calc\" } { HYPERLINK \"http://evil.example\" } <w:fldSimple w:instr=\"DDE cmd\"/> <script>alert(1)</script> [x](http://evil.example) ]]> \u0001\u000b";

    [Theory]
    [InlineData("en")]
    [InlineData("tr")]
    public void FieldCodesAndMarkup_StayText(string language)
    {
        var transcript = TranscriptLoader.Parse(string.Join("\n",
            "[00:00:01] Coach: What would you like to focus on today? " + Payload,
            "[00:00:09] Client: I feel stuck. " + Payload,
            "[00:00:30] Coach: What does stuck mean for you?",
            "[00:00:41] Client: Scared. " + Payload), "hostile.txt");
        var analysis = Analysis.For(language);
        var bytes = new DocxReport().Render(analysis.Analyze(transcript), analysis.Rubric);

        using var zip = new ZipArchive(new MemoryStream(bytes));
        using var reader = new StreamReader(zip.GetEntry("word/document.xml")!.Open());
        var xml = reader.ReadToEnd();
        Assert.DoesNotContain("<w:fldSimple", xml, StringComparison.Ordinal);
        Assert.DoesNotContain("<w:instrText", xml, StringComparison.Ordinal);
        Assert.DoesNotContain("<w:fldChar", xml, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", xml, StringComparison.Ordinal);
        Assert.Contains("DDEAUTO", xml, StringComparison.Ordinal);
        Assert.Contains("&lt;w:fldSimple", xml, StringComparison.Ordinal);
        Assert.Single(zip.Entries, e => e.FullName.EndsWith(".rels", StringComparison.Ordinal) && e.FullName.Contains("document", StringComparison.Ordinal));
        using var rels = new StreamReader(zip.GetEntry("word/_rels/document.xml.rels")!.Open());
        Assert.DoesNotContain("evil.example", rels.ReadToEnd(), StringComparison.Ordinal);

        using var doc = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        Assert.Empty(new OpenXmlValidator().Validate(doc));
        Assert.Contains("{ DDEAUTO", doc.MainDocumentPart!.Document.Body!.InnerText, StringComparison.Ordinal);
    }
}
