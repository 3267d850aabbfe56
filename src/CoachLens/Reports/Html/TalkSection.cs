using System.Text;
using CoachLens.Reports.Charts;

namespace CoachLens.Reports.Html;

/// <summary>Talk share (overall and turn by turn) and the mix of the coach's questions, as charts with their numbers beside them.</summary>
public static class TalkSection
{
    public static void Write(StringBuilder h, HtmlContext ctx)
    {
        var x = ctx.Texts;
        var m = ctx.Report.Metrics;
        h.Append("<section id=\"talk\">\n<h2>").Append(HtmlContext.E(x["html.talkAndQuestions"])).Append("</h2>\n<div class=\"grid\">\n<div class=\"card\">\n<h3>")
         .Append(HtmlContext.E(x["html.talkShare"])).Append("</h3>\n");
        var turns = ctx.Report.Turns.Select(t => (Words: WordCount(t.Text), Coach: t.Role == "coach")).ToList();
        h.Append(ShareChart.Render(
            m.CoachTalkShare,
            turns,
            x["html.coach"],
            x["html.client"],
            x.Percent(m.CoachTalkShare),
            x.Percent(1 - m.CoachTalkShare),
            x["html.wordsPerTurn"],
            x.Format("html.chart", ("title", x["html.talkShare"])))).Append('\n');
        h.Append("<p class=\"note\">").Append(HtmlContext.E(x.Format("report.talkShare", ("coach", x.Percent(m.CoachTalkShare)), ("client", x.Percent(1 - m.CoachTalkShare))))).Append("</p>\n</div>\n");

        h.Append("<div class=\"card\">\n<h3>").Append(HtmlContext.E(x["html.questionMix"])).Append("</h3>\n");
        var bars = new List<Bar>
        {
            new(x["html.open"], m.OpenQuestions, Count(m.OpenQuestions), "q-open"),
            new(x["html.closed"], m.ClosedQuestions, Count(m.ClosedQuestions), "q-closed"),
            new(x["html.stacked"], m.StackedQuestionTurns, Count(m.StackedQuestionTurns), "q-stacked"),
            new(x["html.reflections"], m.Reflections, Count(m.Reflections), "q-reflect"),
        };
        h.Append(BarChart.Render(bars, x.Format("html.chart", ("title", x["html.questionMix"])), "questions")).Append('\n');
        h.Append("<p class=\"note\">").Append(HtmlContext.E(x.Format(
            "report.questions",
            ("questions", m.Questions),
            ("open", m.OpenQuestions),
            ("closed", m.ClosedQuestions),
            ("openShare", x.Percent(m.OpenQuestionShare)),
            ("stacked", m.StackedQuestionTurns),
            ("reflections", m.Reflections)))).Append("</p>\n</div>\n</div>\n</section>\n");
    }

    private static string Count(int n) => n.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Words as shown in the transcript, annotations such as [laughs] left out.</summary>
    private static int WordCount(string text) =>
        Transcripts.TurnAnnotations.Strip(text).Split([' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries).Length;
}
