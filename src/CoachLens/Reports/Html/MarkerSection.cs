using System.Text;

namespace CoachLens.Reports.Html;

/// <summary>The 37-marker table: status, evidence quotes linking to their turns, timestamps and the rationale, grouped by competency.</summary>
public static class MarkerSection
{
    public static void Write(StringBuilder h, HtmlContext ctx)
    {
        var x = ctx.Texts;
        h.Append("<section id=\"markers\">\n<h2>").Append(HtmlContext.E(x["html.markerTable"])).Append("</h2>\n<p class=\"note\">")
         .Append(HtmlContext.E(x["report.statusLegend"])).Append(' ').Append(HtmlContext.E(x["report.notVerdict"])).Append("</p>\n");
        h.Append("<table class=\"markers\">\n<thead><tr><th>#</th><th>").Append(HtmlContext.E(x["html.marker"])).Append("</th><th>")
         .Append(HtmlContext.E(x["html.status"])).Append("</th><th>").Append(HtmlContext.E(x["html.evidence"])).Append("</th></tr></thead>\n<tbody>\n");
        foreach (var group in ctx.Report.Markers.GroupBy(m => m.Competency))
        {
            var summary = ctx.Report.Competencies.FirstOrDefault(c => c.Id == group.Key);
            h.Append("<tr class=\"group\"><td colspan=\"4\">").Append(HtmlContext.E(group.Key)).Append(' ').Append(HtmlContext.E(ctx.Rubric.Competency(group.Key).Name));
            if (summary is not null)
            {
                h.Append(" <span class=\"where\">").Append(summary.Observed).Append('/').Append(summary.Assessable).Append("</span>");
            }

            h.Append("</td></tr>\n");
            foreach (var m in group)
            {
                h.Append("<tr id=\"marker-").Append(HtmlContext.E(m.Id)).Append("\"><td class=\"id\">").Append(HtmlContext.E(m.Id)).Append("</td><td>")
                 .Append(HtmlContext.E(ctx.Rubric.Marker(m.Id).Text)).Append("<div class=\"why\">").Append(HtmlContext.E(m.Rationale)).Append("</div></td><td>")
                 .Append(Badge(ctx, m.Status)).Append("</td><td>");
                if (m.Evidence.Count == 0)
                {
                    h.Append("<span class=\"note\">").Append(HtmlContext.E(x["html.noEvidence"])).Append("</span>");
                }
                else
                {
                    h.Append("<ul class=\"evidence\">");
                    foreach (var e in m.Evidence)
                    {
                        h.Append("<li><a href=\"#turn-").Append(e.Turn).Append("\">“").Append(HtmlContext.E(e.Quote)).Append("”</a> ")
                         .Append("<span class=\"where\">").Append(HtmlContext.E(ReportWords.Where(x, e))).Append("</span></li>");
                    }

                    h.Append("</ul>");
                }

                h.Append("</td></tr>\n");
            }
        }

        h.Append("</tbody>\n</table>\n</section>\n");
    }

    public static string Badge(HtmlContext ctx, string status) =>
        $"<span class=\"status {Charts.Svg.Css(status)}\">{ReportWords.Symbol(status)} {HtmlContext.E(ctx.Texts.Status(status))}</span>";
}
