using System.Text;
using System.Text.RegularExpressions;
using CoachLens.Export.Pdf;
using CoachLens.Localization;

namespace CoachLens.Export.Tests.Pdf;

/// <summary>PDF is the HTML report printed by the Chromium that scripts/test installs.</summary>
public partial class PdfReportTests
{
    public static TheoryData<string, string> Cases() => Samples.EveryLanguage();

    private static byte[] Print(string sample, string language)
    {
        var renderer = new PdfReport();
        Assert.True(renderer.Missing() is null, "Chromium is not installed; scripts/test installs it (apt-get install chromium)");
        var (report, rubric) = Samples.Report(sample, language);
        return renderer.Render(report, rubric);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Pdf_IsAValidPdfWithSeveralA4Pages(string sample, string language)
    {
        var pdf = Print(sample, language);
        var text = Encoding.Latin1.GetString(pdf);
        Assert.StartsWith("%PDF-", text, StringComparison.Ordinal);
        Assert.EndsWith("%%EOF", text.TrimEnd(), StringComparison.Ordinal);
        Assert.True(PageObject().Count(text) >= 3, "expected at least three pages");
        // A4 is 595 x 842 points.
        Assert.Matches(@"/MediaBox \[0 0 59[45](\.\d+)? 84[12](\.\d+)?\]", text);
        Assert.Contains("/CreationDate (D:20000101000000", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Pdf_OfTheSameReport_IsByteIdentical() =>
        Assert.Equal(Print("consulting-mode-team-lead.txt", Languages.Turkish), Print("consulting-mode-team-lead.txt", Languages.Turkish));

    [Fact]
    public void WithoutChromium_TheRendererSaysHowToInstallIt()
    {
        var renderer = new PdfReport(new ChromiumPrinter(null, TimeSpan.FromSeconds(5)));
        Assert.Equal(ChromiumPrinter.InstallHint, renderer.Missing());
        var (report, rubric) = Samples.Report("consulting-mode-team-lead.txt", Languages.English);
        var ex = Assert.Throws<ExportException>(() => renderer.Render(report, rubric));
        Assert.Contains("apt-get install chromium", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PdfDates_AreFixedWithoutMovingAnyByte()
    {
        var pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n<</CreationDate (D:20261122062453+00'00')\n/ModDate (D:20261122062453+00'00')>>\n%%EOF");
        var fixedPdf = PdfDates.Fix(pdf);
        Assert.Equal(pdf.Length, fixedPdf.Length);
        Assert.Equal("%PDF-1.4\n<</CreationDate (D:20000101000000+00'00')\n/ModDate (D:20000101000000+00'00')>>\n%%EOF", Encoding.ASCII.GetString(fixedPdf));
    }

    [GeneratedRegex(@"/Type\s*/Page[^s]")]
    private static partial Regex PageObject();
}
