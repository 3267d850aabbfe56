using CoachLens.Reports;
using CoachLens.Reports.Html;
using CoachLens.Rubrics;

namespace CoachLens.Export.Pdf;

/// <summary>The HTML report printed to an A4 PDF by headless Chromium; no PDF library, nothing AGPL.</summary>
public sealed class PdfReport(ChromiumPrinter? printer = null) : IReportRenderer, IRequiresProgram
{
    // Looked up on use, not at start-up, so installing Chromium (or setting COACHLENS_CHROMIUM) takes effect at once.
    private ChromiumPrinter Printer => printer ?? ChromiumPrinter.Default;

    public string Format => "pdf";

    public string Extension => "pdf";

    public string? Missing() => Printer.Executable is null ? ChromiumPrinter.InstallHint : null;

    public byte[] Render(AnalysisReport report, Rubric rubric) => Printer.Print(HtmlReport.Write(report, rubric));
}
