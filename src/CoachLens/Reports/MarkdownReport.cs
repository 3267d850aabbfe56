using System.Text;
using CoachLens.Localization;
using CoachLens.Rubrics;
using CoachLens.Transcripts;

namespace CoachLens.Reports;

/// <summary>Renders a finished report as Markdown for reading in a terminal or an editor, in the report's language.</summary>
public static class MarkdownReport
{
    public static string Write(AnalysisReport report, Rubric rubric)
    {
        var md = new StringBuilder();
        var x = ReportWords.TextsOf(report, rubric);
        var t = report.Transcript;
        var m = report.Metrics;
        md.Append("# ").Append(x.Format("report.title", ("source", MarkdownText.Escape(t.Source)))).Append("\n\n");
        md.Append("- ").Append(x.Format("report.sessionTurns", ("turns", t.TurnCount)));
        if (t.DurationSeconds is { } d)
        {
            md.Append(x.Format("report.sessionLong", ("length", Timestamps.Format(d))));
        }

        md.Append(x.Format("report.sessionFormat", ("format", t.Format), ("language", t.Language))).Append('\n');
        md.Append("- ").Append(x.Format(
            "report.people",
            ("coach", MarkdownText.Escape(t.CoachSpeaker ?? x["report.unknown"])),
            ("clients", MarkdownText.Escape(string.Join(", ", t.ClientSpeakers))),
            ("method", MarkdownText.Escape(ReportWords.RoleMethod(x, t.Roles.Method))),
            ("confidence", x.Number(t.Roles.Confidence, "0.##")))).Append('\n');
        if (t.Roles.Note is { } note)
        {
            md.Append("- ").Append(x.Format("report.speakers", ("note", MarkdownText.Escape(note)))).Append('\n');
        }

        if (report.Privacy.Redacted)
        {
            md.Append("- ").Append(x.Format("report.privacy", ("count", report.Privacy.Placeholders))).Append('\n');
        }

        md.Append("- ").Append(x.Format("report.talkShare", ("coach", x.Percent(m.CoachTalkShare)), ("client", x.Percent(1 - m.CoachTalkShare)))).Append('\n');
        md.Append("- ").Append(x.Format(
            "report.questions",
            ("questions", m.Questions),
            ("open", m.OpenQuestions),
            ("closed", m.ClosedQuestions),
            ("openShare", x.Percent(m.OpenQuestionShare)),
            ("stacked", m.StackedQuestionTurns),
            ("reflections", m.Reflections))).Append("\n\n");

        WriteFeedback(md, report, x);
        WriteLevelLens(md, report, x);
        MarkdownTrustSection.Write(md, report.Trust, x);
        md.Append("## ").Append(x["report.competencies"]).Append("\n\n| ").Append(x["report.competency"]).Append(" | ").Append(x["report.observedColumn"])
          .Append(" | ").Append(x["report.summaryColumn"]).Append(" |\n|---|---|---|\n");
        foreach (var c in report.Competencies)
        {
            md.Append("| ").Append(c.Id).Append(' ').Append(c.Name).Append(" | ").Append(c.Observed).Append('/').Append(c.Assessable)
              .Append(" | ").Append(c.Summary).Append(" |\n");
        }

        md.Append("\n## ").Append(x["report.markers"]).Append("\n\n");
        md.Append(x["report.statusLegend"]).Append(' ').Append(x["report.notVerdict"]).Append('\n');
        foreach (var group in report.Markers.GroupBy(r => r.Competency))
        {
            md.Append("\n### ").Append(group.Key).Append(' ').Append(rubric.Competency(group.Key).Name).Append("\n\n");
            foreach (var marker in group)
            {
                md.Append("- ").Append(ReportWords.Symbol(marker.Status)).Append(" **").Append(marker.Id).Append("** ").Append(rubric.Marker(marker.Id).Text)
                  .Append(" — *").Append(x.Status(marker.Status)).Append("*. ").Append(marker.Rationale).Append('\n');
                foreach (var e in marker.Evidence)
                {
                    md.Append("  - “").Append(MarkdownText.Escape(e.Quote)).Append("” (").Append(ReportWords.Where(x, e)).Append(")\n");
                }
            }
        }

        md.Append("\n---\n").Append(x.Format(
            "report.footer",
            ("tool", report.Tool.Name),
            ("version", report.Tool.Version),
            ("rubric", report.Rubric.Id),
            ("rubricVersion", report.Rubric.Version),
            ("schema", report.SchemaVersion))).Append('\n');
        return md.ToString();
    }

    private static void WriteFeedback(StringBuilder md, AnalysisReport report, Texts x)
    {
        var f = report.Feedback;
        md.Append("## ").Append(x["report.feedback"]).Append("\n\n").Append(f.Summary).Append("\n\n");
        if (f.Strengths.Count > 0)
        {
            md.Append("### ").Append(x["report.strengths"]).Append("\n\n");
            foreach (var s in f.Strengths)
            {
                md.Append("- ").Append(Quoted(s.Text)).Append('\n');
            }

            md.Append('\n');
        }

        if (f.GrowthAreas.Count > 0)
        {
            md.Append("### ").Append(x["report.growthAreas"]).Append("\n\n");
            var n = 1;
            foreach (var g in f.GrowthAreas)
            {
                md.Append(n++).Append(". ").Append(Quoted(g.Text)).Append('\n');
                md.Append("   - ").Append(x["report.tip"]).Append(": ").Append(g.Tip).Append('\n');
                if (g.CouldHaveSoundedLike is { } r)
                {
                    md.Append("   - ").Append(x.Format("report.inThisSession", ("where", ReportWords.Where(x, r.Turn, r.Start)))).Append(": “").Append(MarkdownText.Escape(r.Original)).Append("”\n");
                    md.Append("   - ").Append(x["report.couldHaveSounded"]).Append(": “").Append(MarkdownText.Escape(r.Suggestion)).Append("”\n");
                }
            }

            md.Append('\n');
        }

        if (f.CommonMistakes.Count > 0)
        {
            md.Append("### ").Append(x["report.commonMistakes"]).Append("\n\n");
            foreach (var m in f.CommonMistakes)
            {
                md.Append("- ").Append(m.Text);
                if (m.Turns.Count > 0)
                {
                    var turns = string.Join(", ", m.Turns.Take(6)) + (m.Turns.Count > 6 ? ", …" : string.Empty);
                    md.Append(" (").Append(x.Format("report.turnList", ("turns", turns))).Append(')');
                }

                md.Append('\n');
            }

            md.Append('\n');
        }
    }

    private static void WriteLevelLens(StringBuilder md, AnalysisReport report, Texts x)
    {
        var lens = report.LevelLens;
        md.Append("## ").Append(x["report.levelLens"]).Append(" — ").Append(lens.Label).Append("\n\n");
        md.Append(x["report.readsClosest"]).Append(": **").Append(ReportWords.Closest(x, lens.ClosestLevel)).Append("**. ").Append(lens.Caveat).Append("\n\n");
        foreach (var level in lens.Levels)
        {
            md.Append("- **").Append(level.Level).Append("** ").Append(level.Meets ? x["report.met"] : x["report.notMet"]).Append('\n');
            foreach (var e in level.EvidenceFor)
            {
                md.Append("  - ✔ ").Append(e).Append('\n');
            }

            foreach (var e in level.EvidenceAgainst)
            {
                md.Append("  - ✘ ").Append(e).Append('\n');
            }
        }

        md.Append('\n');
    }

    /// <summary>Text that embeds quotes of the transcript (feedback, rationales): escape it as a whole.</summary>
    private static string Quoted(string text) => MarkdownText.Escape(text);
}
