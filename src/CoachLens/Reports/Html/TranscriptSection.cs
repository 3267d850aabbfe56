using System.Text;
using CoachLens.Detection;
using CoachLens.Transcripts;

namespace CoachLens.Reports.Html;

/// <summary>The full transcript, each turn an anchor the evidence links to, with its behavior tags.</summary>
public static class TranscriptSection
{
    private static readonly HashSet<string> Warn = [Behaviors.Judgment, Behaviors.Minimizing, Behaviors.Interruption, Behaviors.LeadingQuestion, Behaviors.Advice, Behaviors.StackedQuestions, Behaviors.Risk];
    private static readonly HashSet<string> Good = [Behaviors.Empathy, Behaviors.Acknowledgment, Behaviors.Reflection, Behaviors.Summary, Behaviors.Celebration, Behaviors.Permission, Behaviors.Referral];

    public static void Write(StringBuilder h, HtmlContext ctx)
    {
        var x = ctx.Texts;
        h.Append("<section id=\"transcript\">\n<h2>").Append(HtmlContext.E(x["html.transcript"])).Append("</h2>\n<ol class=\"transcript\">\n");
        foreach (var t in ctx.Report.Turns)
        {
            var role = t.Role is "coach" or "client" ? t.Role : "other";
            h.Append("<li class=\"turn ").Append(role).Append("\" id=\"turn-").Append(t.Index).Append("\"><div>");
            if (t.Start is { } s)
            {
                h.Append("<span class=\"ts\">").Append(Timestamps.Format(s)).Append("</span> ");
            }

            h.Append("<span class=\"who\">").Append(HtmlContext.E(t.Speaker)).Append("</span> <span class=\"idx\">").Append(HtmlContext.E(x.Format("html.turn", ("turn", t.Index)))).Append("</span></div>\n<p>")
             .Append(HtmlContext.E(t.Text)).Append("</p>");
            if (t.Behaviors.Count > 0)
            {
                h.Append("<div>");
                foreach (var code in t.Behaviors)
                {
                    var kind = Warn.Contains(code) ? " warn" : Good.Contains(code) ? " good" : string.Empty;
                    h.Append("<span class=\"tag").Append(kind).Append("\" title=\"").Append(HtmlContext.E(code)).Append("\">").Append(HtmlContext.E(ReportWords.Behavior(x, code))).Append("</span>");
                }

                h.Append("</div>");
            }

            h.Append("</li>\n");
        }

        h.Append("</ol>\n</section>\n");
    }
}
