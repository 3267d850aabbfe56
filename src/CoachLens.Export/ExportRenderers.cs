using CoachLens.Export.Docx;
using CoachLens.Export.Pdf;
using CoachLens.Reports;

namespace CoachLens.Export;

/// <summary>Every report format, in one explicit list: the core's (md, html, json) and the exports (docx, pdf).</summary>
public static class ExportRenderers
{
    public static IReadOnlyList<IReportRenderer> All { get; } =
    [
        .. ReportRenderers.Default,
        new DocxReport(),
        new PdfReport(),
    ];

    public static IReportRenderer? Find(string format) =>
        All.FirstOrDefault(r => string.Equals(r.Format, format, StringComparison.OrdinalIgnoreCase));
}
