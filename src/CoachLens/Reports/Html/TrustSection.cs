using System.Text;
using CoachLens.Detection;
using CoachLens.Reports.Charts;

namespace CoachLens.Reports.Html;

/// <summary>
/// Competency 4 at a glance: the client's openness over time when the report carries a trust analysis,
/// the trust markers 4.1–4.4, the trust-breakers seen and the ethics signals of competency 1.
/// </summary>
public static class TrustSection
{
    /// <summary>Coach behaviors that cost the client's sense of safety.</summary>
    public static readonly IReadOnlyList<string> Breakers = [Behaviors.Judgment, Behaviors.Minimizing, Behaviors.Interruption, Behaviors.LeadingQuestion, Behaviors.Advice];

    public static void Write(StringBuilder h, HtmlContext ctx, TrustView? view)
    {
        var x = ctx.Texts;
        var r = ctx.Report;
        h.Append("<section id=\"trust\">\n<h2>").Append(HtmlContext.E(x["html.trust"])).Append("</h2>\n");
        if (view is null)
        {
            h.Append("<p class=\"note\">").Append(HtmlContext.E(x["html.trustPending"])).Append("</p>\n");
        }
        else
        {
            Openness(h, ctx, view);
        }

        h.Append("<div class=\"grid\">\n<div class=\"card\">\n<h3>4 ").Append(HtmlContext.E(ctx.Rubric.Competency("4").Name)).Append("</h3>\n<ul class=\"evidence\">\n");
        foreach (var m in r.Markers.Where(m => m.Competency == "4"))
        {
            h.Append("<li><strong>").Append(HtmlContext.E(m.Id)).Append("</strong> ").Append(MarkerSection.Badge(ctx, m.Status)).Append(' ')
             .Append(HtmlContext.E(ctx.Rubric.Marker(m.Id).Text)).Append("<br><span class=\"why\">").Append(HtmlContext.E(m.Rationale)).Append("</span></li>\n");
        }

        h.Append("</ul>\n</div>\n<div class=\"card\">\n<h3>").Append(HtmlContext.E(x["html.trustBreakers"])).Append("</h3>\n");
        var seen = Breakers.Select(code => (code, turns: r.Turns.Where(t => t.Role == "coach" && t.Behaviors.Contains(code)).Select(t => t.Index).ToList()))
            .Where(p => p.turns.Count > 0).ToList();
        if (seen.Count == 0)
        {
            h.Append("<p>").Append(HtmlContext.E(x["html.noTrustBreakers"])).Append("</p>\n");
        }
        else
        {
            h.Append("<ul>\n");
            foreach (var (code, turns) in seen)
            {
                h.Append("<li><span class=\"tag warn\">").Append(HtmlContext.E(ReportWords.Behavior(x, code))).Append("</span> ×")
                 .Append(turns.Count).Append(" · ").Append(ctx.TurnList(turns.Take(8))).Append("</li>\n");
            }

            h.Append("</ul>\n");
        }

        var ethics = r.Competencies.FirstOrDefault(c => c.Id == "1");
        h.Append("<h3>").Append(HtmlContext.E(x["html.ethics"])).Append("</h3>\n<p>").Append(HtmlContext.E(ethics?.Summary)).Append("</p>\n");
        if (r.Ethics.RiskTurns.Count > 0)
        {
            h.Append("<p><span class=\"tag warn\">").Append(HtmlContext.E(ReportWords.Behavior(x, Behaviors.Risk))).Append("</span> ")
             .Append(ctx.TurnList(r.Ethics.RiskTurns)).Append("</p>\n");
        }

        h.Append("</div>\n</div>\n</section>\n");
    }

    private static void Openness(StringBuilder h, HtmlContext ctx, TrustView view)
    {
        var x = ctx.Texts;
        string Kind(string kind) => x.Has("html.moment." + kind) ? x["html.moment." + kind] : kind;
        h.Append("<div class=\"card\">\n<h3>").Append(HtmlContext.E(x["html.openness"])).Append("</h3>\n");
        h.Append(OpennessChart.Render(
            view.Trajectory,
            view.Moments.Select(m => new TrajectoryMoment(m.Turn, m.Kind, $"{Kind(m.Kind)}: {m.Note}")).ToList(),
            ctx.Report.Turns.Count,
            x["html.opennessAxis"],
            x["html.turnAxis"],
            x.Format("html.chart", ("title", x["html.openness"])))).Append('\n');
        if (view.Moments.Count > 0)
        {
            h.Append("<h3>").Append(HtmlContext.E(x["html.moments"])).Append("</h3>\n<ul class=\"evidence\">\n");
            foreach (var m in view.Moments.OrderBy(m => m.Turn))
            {
                h.Append("<li><span class=\"tag").Append(m.Kind is "drop" or "risk" ? " warn" : " good").Append("\">").Append(HtmlContext.E(Kind(m.Kind))).Append("</span> ")
                 .Append(ctx.TurnLink(m.Turn, ctx.Report.Turns.ElementAtOrDefault(m.Turn)?.Start));
                if (m.CauseTurn is { } cause)
                {
                    h.Append(" · ").Append(HtmlContext.TurnLink(cause, x.Format("html.causeTurn", ("turn", cause))));
                }

                h.Append("<br><span class=\"why\">").Append(HtmlContext.E(m.Note)).Append("</span></li>\n");
            }

            h.Append("</ul>\n");
        }

        h.Append("</div>\n");
    }
}
