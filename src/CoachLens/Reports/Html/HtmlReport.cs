using System.Text;
using CoachLens.Rubrics;
using CoachLens.Transcripts;

namespace CoachLens.Reports.Html;

/// <summary>
/// Renders a finished report as one self-contained HTML page: inline styles and SVG charts, no scripts, no
/// network (a Content-Security-Policy forbids both), readable on a phone and printable on A4.
/// </summary>
public static class HtmlReport
{
    public static string Write(AnalysisReport report, Rubric rubric) => Write(report, rubric, TrustView.From(report));

    /// <summary>The page with an explicit trust view (tests draw the openness chart from data).</summary>
    public static string Write(AnalysisReport report, Rubric rubric, TrustView? trust)
    {
        var ctx = new HtmlContext(report, rubric, ReportWords.TextsOf(report, rubric));
        var x = ctx.Texts;
        var t = report.Transcript;
        var h = new StringBuilder(64 * 1024);
        var title = x.Format("report.title", ("source", t.Source));
        h.Append("<!DOCTYPE html>\n<html lang=\"").Append(HtmlContext.E(report.Language)).Append("\">\n<head>\n<meta charset=\"utf-8\">\n")
         .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
         .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'\">\n")
         .Append("<meta name=\"referrer\" content=\"no-referrer\">\n")
         .Append("<title>").Append(HtmlContext.E(title)).Append("</title>\n<style>\n").Append(HtmlStyles.Css).Append("\n</style>\n</head>\n<body>\n<main>\n");

        h.Append("<header>\n<h1>").Append(HtmlContext.E(title)).Append("</h1>\n<ul class=\"facts\">\n<li>")
         .Append(HtmlContext.E(x.Format("report.sessionTurns", ("turns", t.TurnCount))
             + (t.DurationSeconds is { } d ? x.Format("report.sessionLong", ("length", Timestamps.Format(d))) : string.Empty)
             + x.Format("report.sessionFormat", ("format", t.Format), ("language", t.Language))))
         .Append("</li>\n<li>").Append(HtmlContext.E(x.Format(
             "report.people",
             ("coach", t.CoachSpeaker ?? x["report.unknown"]),
             ("clients", string.Join(", ", t.ClientSpeakers)),
             ("method", ReportWords.RoleMethod(x, t.Roles.Method)),
             ("confidence", x.Number(t.Roles.Confidence, "0.##")))))
         .Append("</li>\n</ul>\n");
        Nav(h, x);
        h.Append("</header>\n");

        SummarySection.Write(h, ctx);
        FeedbackSection.Write(h, ctx);
        TrustSection.Write(h, ctx, trust);
        MarkerSection.Write(h, ctx);
        TalkSection.Write(h, ctx);
        TranscriptSection.Write(h, ctx);

        h.Append("<footer>").Append(HtmlContext.E(x.Format(
            "report.footer",
            ("tool", report.Tool.Name),
            ("version", report.Tool.Version),
            ("rubric", report.Rubric.Id),
            ("rubricVersion", report.Rubric.Version),
            ("schema", report.SchemaVersion))))
         .Append(" · ").Append(HtmlContext.E(x["report.notVerdict"])).Append("</footer>\n</main>\n</body>\n</html>\n");
        return h.ToString();
    }

    private static void Nav(StringBuilder h, Localization.Texts x)
    {
        h.Append("<nav class=\"toc\" aria-label=\"").Append(HtmlContext.E(x["html.contents"])).Append("\">");
        foreach (var (id, key) in new[]
        {
            ("summary", "html.atAGlance"), ("feedback", "report.feedback"), ("trust", "html.trust"), ("markers", "html.markerTable"),
            ("talk", "html.talkAndQuestions"), ("transcript", "html.transcript"),
        })
        {
            h.Append("<a href=\"#").Append(id).Append("\">").Append(HtmlContext.E(x[key])).Append("</a>");
        }

        h.Append("</nav>\n");
    }
}
