using System.Text;
using CoachLens.Reports.Charts;
using CoachLens.Scoring;

namespace CoachLens.Reports.Html;

/// <summary>The one-screen summary: marker coverage by competency, the three growth areas, the level lens and its caveat.</summary>
public static class SummarySection
{
    public static void Write(StringBuilder h, HtmlContext ctx)
    {
        var x = ctx.Texts;
        var r = ctx.Report;
        h.Append("<section id=\"summary\">\n<h2>").Append(HtmlContext.E(x["html.atAGlance"])).Append("</h2>\n<div class=\"grid\">\n");

        h.Append("<div class=\"card\">\n<h3>").Append(HtmlContext.E(x["html.coverage"])).Append("</h3>\n");
        h.Append(CoverageChart.Render(Coverage(ctx), Names(x), x.Format("html.chart", ("title", x["html.coverage"])))).Append('\n');
        h.Append("<p class=\"legend\">");
        foreach (var status in new[] { MarkerStatus.Observed, MarkerStatus.Partial, MarkerStatus.NotObserved, MarkerStatus.NotAssessable })
        {
            h.Append("<span><i class=\"sw ").Append(status).Append("\"></i>").Append(HtmlContext.E(x.Status(status))).Append("</span> ");
        }

        h.Append("</p>\n");
        h.Append("<p class=\"note\">").Append(HtmlContext.E(x["html.coverageNote"])).Append("</p>\n</div>\n");

        h.Append("<div class=\"card\">\n<h3>").Append(HtmlContext.E(x["report.levelLens"])).Append("</h3>\n<p>")
         .Append(HtmlContext.E(x["report.readsClosest"])).Append(": <span class=\"level\">").Append(HtmlContext.E(ReportWords.Closest(x, r.LevelLens.ClosestLevel)))
         .Append("</span></p>\n<p class=\"note\">").Append(HtmlContext.E(r.LevelLens.Label)).Append(". ").Append(HtmlContext.E(r.LevelLens.Caveat)).Append("</p>\n");
        h.Append("<h3>").Append(HtmlContext.E(x["html.topGrowth"])).Append("</h3>\n");
        if (r.Feedback.GrowthAreas.Count == 0)
        {
            h.Append("<p>").Append(HtmlContext.E(x["html.noGrowth"])).Append("</p>\n");
        }
        else
        {
            h.Append("<ol class=\"growth\">\n");
            foreach (var g in r.Feedback.GrowthAreas)
            {
                h.Append("<li><strong>").Append(HtmlContext.E(string.Join(", ", g.Markers))).Append("</strong> — ").Append(HtmlContext.E(g.Tip)).Append("</li>\n");
            }

            h.Append("</ol>\n");
        }

        h.Append("</div>\n</div>\n</section>\n");
    }

    public static StatusNames Names(Localization.Texts x) =>
        new(x.Status(MarkerStatus.Observed), x.Status(MarkerStatus.Partial), x.Status(MarkerStatus.NotObserved), x.Status(MarkerStatus.NotAssessable));

    /// <summary>Competencies that have markers of their own (3–8), in rubric order.</summary>
    public static IReadOnlyList<CoverageRow> Coverage(HtmlContext ctx) =>
        ctx.Rubric.Competencies
            .Select(c => (c, markers: ctx.Report.Markers.Where(m => m.Competency == c.Id).ToList()))
            .Where(p => p.markers.Count > 0)
            .Select(p => new CoverageRow(
                $"{p.c.Id} {p.c.Name}",
                p.markers.Count(m => m.Status == MarkerStatus.Observed),
                p.markers.Count(m => m.Status == MarkerStatus.Partial),
                p.markers.Count(m => m.Status == MarkerStatus.NotObserved),
                p.markers.Count(m => m.Status == MarkerStatus.NotAssessable)))
            .ToList();
}
