using CoachLens.Reports;
using CoachLens.Reports.Html;
using CoachLens.Rubrics;

namespace CoachLens.Export.Pdf;

/// <summary>The HTML report printed to an A4 PDF by headless Chromium; no PDF library, nothing AGPL.</summary>
public sealed class PdfReport(ChromiumPrinter printer) : IReportRenderer, IRequiresProgram
{
    public string Format => "pdf";

    public string Extension => "pdf";

    public string? Missing() => printer.Executable is null ? ChromiumPrinter.InstallHint : null;

    public byte[] Render(AnalysisReport report, Rubric rubric) => printer.Print(HtmlReport.Write(report, rubric));
}
