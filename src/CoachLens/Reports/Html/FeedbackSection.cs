using System.Text;

namespace CoachLens.Reports.Html;

/// <summary>The mentor's feedback: summary, strengths, growth areas with a real moment rewritten, common mistakes, and the level lens in full.</summary>
public static class FeedbackSection
{
    public static void Write(StringBuilder h, HtmlContext ctx)
    {
        var x = ctx.Texts;
        var f = ctx.Report.Feedback;
        h.Append("<section id=\"feedback\">\n<h2>").Append(HtmlContext.E(x["report.feedback"])).Append("</h2>\n<p>").Append(HtmlContext.E(f.Summary)).Append("</p>\n");
        if (f.Strengths.Count > 0)
        {
            h.Append("<h3>").Append(HtmlContext.E(x["report.strengths"])).Append("</h3>\n<ul>\n");
            foreach (var s in f.Strengths)
            {
                h.Append("<li>").Append(HtmlContext.E(s.Text));
                foreach (var e in s.Evidence.Take(1))
                {
                    h.Append(' ').Append(ctx.TurnLink(e.Turn, e.Start));
                }

                h.Append("</li>\n");
            }

            h.Append("</ul>\n");
        }

        if (f.GrowthAreas.Count > 0)
        {
            h.Append("<h3>").Append(HtmlContext.E(x["report.growthAreas"])).Append("</h3>\n<ol class=\"growth\">\n");
            foreach (var g in f.GrowthAreas)
            {
                h.Append("<li><p>").Append(HtmlContext.E(g.Text)).Append("</p>\n<p><strong>").Append(HtmlContext.E(x["report.tip"])).Append(":</strong> ").Append(HtmlContext.E(g.Tip)).Append("</p>\n");
                if (g.CouldHaveSoundedLike is { } rw)
                {
                    h.Append("<div class=\"rewrite\"><span class=\"label\">").Append(HtmlContext.E(x.Format("report.inThisSession", ("where", ReportWords.Where(x, rw.Turn, rw.Start)))))
                     .Append(" · ").Append(ctx.TurnLink(rw.Turn, rw.Start)).Append("</span>“").Append(HtmlContext.E(rw.Original)).Append("”</div>\n")
                     .Append("<div class=\"rewrite\"><span class=\"label\">").Append(HtmlContext.E(x["report.couldHaveSounded"])).Append("</span>“")
                     .Append(HtmlContext.E(rw.Suggestion)).Append("”</div>\n");
                }

                h.Append("</li>\n");
            }

            h.Append("</ol>\n");
        }

        if (f.CommonMistakes.Count > 0)
        {
            h.Append("<h3>").Append(HtmlContext.E(x["report.commonMistakes"])).Append("</h3>\n<ul>\n");
            foreach (var m in f.CommonMistakes)
            {
                h.Append("<li>").Append(HtmlContext.E(m.Text));
                if (m.Turns.Count > 0)
                {
                    h.Append(" <span class=\"where\">(").Append(ctx.TurnList(m.Turns.Take(8))).Append(")</span>");
                }

                h.Append("</li>\n");
            }

            h.Append("</ul>\n");
        }

        var lens = ctx.Report.LevelLens;
        h.Append("<h3>").Append(HtmlContext.E(x["report.levelLens"])).Append(" — ").Append(HtmlContext.E(lens.Label)).Append("</h3>\n<div class=\"grid\">\n");
        foreach (var level in lens.Levels)
        {
            h.Append("<div class=\"card\"><h3>").Append(HtmlContext.E(level.Level)).Append(" · ").Append(HtmlContext.E(level.Meets ? x["report.met"] : x["report.notMet"])).Append("</h3>\n<ul>\n");
            foreach (var e in level.EvidenceFor)
            {
                h.Append("<li>✔ ").Append(HtmlContext.E(e)).Append("</li>\n");
            }

            foreach (var e in level.EvidenceAgainst)
            {
                h.Append("<li>✘ ").Append(HtmlContext.E(e)).Append("</li>\n");
            }

            h.Append("</ul></div>\n");
        }

        h.Append("</div>\n<p class=\"note\">").Append(HtmlContext.E(lens.Caveat)).Append("</p>\n</section>\n");
    }
}
