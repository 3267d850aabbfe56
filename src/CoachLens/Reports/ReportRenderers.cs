using System.Text;
using CoachLens.Rubrics;

namespace CoachLens.Reports;

/// <summary>The report formats, in one explicit list.</summary>
public static class ReportRenderers
{
    public static IReadOnlyList<IReportRenderer> Default { get; } =
    [
        new TextRenderer("md", "md", MarkdownReport.Write),
        new TextRenderer("html", "html", Html.HtmlReport.Write),
        new TextRenderer("json", "json", (report, _) => JsonReport.Write(report)),
    ];

    public static IReportRenderer? Find(string format) =>
        Default.FirstOrDefault(r => string.Equals(r.Format, format, StringComparison.OrdinalIgnoreCase));

    private sealed class TextRenderer(string format, string extension, Func<AnalysisReport, Rubric, string> render) : IReportRenderer
    {
        public string Format => format;

        public string Extension => extension;

        public byte[] Render(AnalysisReport report, Rubric rubric) => new UTF8Encoding(false).GetBytes(render(report, rubric));
    }
}
