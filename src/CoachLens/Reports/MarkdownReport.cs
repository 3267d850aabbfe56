using System.Globalization;
using System.Text;
using CoachLens.Rubrics;
using CoachLens.Scoring;
using CoachLens.Transcripts;

namespace CoachLens.Reports;

/// <summary>Renders a finished report as Markdown for reading in a terminal or an editor.</summary>
public static class MarkdownReport
{
    public static string Write(AnalysisReport report, Rubric rubric)
    {
        var md = new StringBuilder();
        var t = report.Transcript;
        var m = report.Metrics;
        md.Append("# CoachLens report: ").Append(MarkdownText.Escape(t.Source)).Append("\n\n");
        md.Append(Inv($"- Session: {t.TurnCount} turns"));
        if (t.DurationSeconds is { } d)
        {
            md.Append(Inv($", {Timestamps.Format(d)} long"));
        }

        md.Append(Inv($"; format {t.Format}; language {t.Language}\n"));
        md.Append("- Coach: ").Append(MarkdownText.Escape(t.CoachSpeaker ?? "unknown"))
          .Append("; client: ").Append(MarkdownText.Escape(string.Join(", ", t.ClientSpeakers)))
          .Append(Inv($" (roles: {t.Roles.Method}, confidence {t.Roles.Confidence:0.##})\n"));
        if (t.Roles.Note is { } note)
        {
            md.Append("- Speakers: ").Append(MarkdownText.Escape(note)).Append('\n');
        }

        if (report.Privacy.Redacted)
        {
            md.Append(Inv($"- Privacy: redacted; names, contact details and listed terms replaced by {report.Privacy.Placeholders} placeholder(s)\n"));
        }

        md.Append(Inv($"- Talk share: coach {m.CoachTalkShare:P0} of the words; client {1 - m.CoachTalkShare:P0}\n"));
        md.Append(Inv($"- Questions: {m.Questions} ({m.OpenQuestions} open, {m.ClosedQuestions} closed; {m.OpenQuestionShare:P0} open); stacked in {m.StackedQuestionTurns} turn(s); reflections or summaries in {m.Reflections} turn(s)\n\n"));

        WriteFeedback(md, report);
        WriteLevelLens(md, report);
        MarkdownTrustSection.Write(md, report.Trust);
        md.Append("## Competencies\n\n| Competency | Observed | Summary |\n|---|---|---|\n");
        foreach (var c in report.Competencies)
        {
            md.Append(Inv($"| {c.Id} {c.Name} | {c.Observed}/{c.Assessable} | {c.Summary} |\n"));
        }

        md.Append("\n## PCC markers\n\n");
        md.Append("Status: ✔ observed · ◐ partial · ✘ not observed · – not assessable from this input. ");
        md.Append("This is evidence for your own judgement and your mentor's, not a pass/fail verdict.\n");
        foreach (var group in report.Markers.GroupBy(x => x.Competency))
        {
            md.Append("\n### ").Append(group.Key).Append(' ').Append(rubric.Competency(group.Key).Name).Append("\n\n");
            foreach (var marker in group)
            {
                md.Append(Inv($"- {Symbol(marker.Status)} **{marker.Id}** {rubric.Marker(marker.Id).Text} — *{marker.Status.Replace('_', ' ')}*. {marker.Rationale}\n"));
                foreach (var e in marker.Evidence)
                {
                    md.Append("  - “").Append(MarkdownText.Escape(e.Quote)).Append("” (").Append(CueMarkers.Where(e)).Append(")\n");
                }
            }
        }

        md.Append("\n---\n").Append(Inv($"{report.Tool.Name} {report.Tool.Version} · rubric {report.Rubric.Id} {report.Rubric.Version} · schema {report.SchemaVersion}\n"));
        return md.ToString();
    }

    private static void WriteFeedback(StringBuilder md, AnalysisReport report)
    {
        var f = report.Feedback;
        md.Append("## Mentor's feedback\n\n").Append(f.Summary).Append("\n\n");
        if (f.Strengths.Count > 0)
        {
            md.Append("### Strengths\n\n");
            foreach (var s in f.Strengths)
            {
                md.Append("- ").Append(Quoted(s.Text)).Append('\n');
            }

            md.Append('\n');
        }

        if (f.GrowthAreas.Count > 0)
        {
            md.Append("### Growth areas\n\n");
            var n = 1;
            foreach (var g in f.GrowthAreas)
            {
                md.Append(Inv($"{n++}. ")).Append(Quoted(g.Text)).Append('\n');
                md.Append("   - Tip: ").Append(g.Tip).Append('\n');
                if (g.CouldHaveSoundedLike is { } r)
                {
                    var at = r.Start is { } s ? $"turn {r.Turn} at {Timestamps.Format(s)}" : $"turn {r.Turn}";
                    md.Append("   - In this session (").Append(at).Append("): “").Append(MarkdownText.Escape(r.Original)).Append("”\n");
                    md.Append("   - Could have sounded like: “").Append(MarkdownText.Escape(r.Suggestion)).Append("”\n");
                }
            }

            md.Append('\n');
        }

        if (f.CommonMistakes.Count > 0)
        {
            md.Append("### Common mistakes seen\n\n");
            foreach (var m in f.CommonMistakes)
            {
                md.Append("- ").Append(m.Text);
                if (m.Turns.Count > 0)
                {
                    md.Append(" (turns ").Append(string.Join(", ", m.Turns.Take(6))).Append(m.Turns.Count > 6 ? ", …" : string.Empty).Append(')');
                }

                md.Append('\n');
            }

            md.Append('\n');
        }
    }

    private static void WriteLevelLens(StringBuilder md, AnalysisReport report)
    {
        var lens = report.LevelLens;
        var closest = lens.ClosestLevel == "below_ACC" ? "below ACC" : lens.ClosestLevel;
        md.Append("## Level lens — ").Append(lens.Label).Append("\n\n");
        md.Append("Reads closest to: **").Append(closest).Append("**. ").Append(lens.Caveat).Append("\n\n");
        foreach (var level in lens.Levels)
        {
            md.Append("- **").Append(level.Level).Append("** ").Append(level.Meets ? "expectations met" : "expectations not met").Append('\n');
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

    /// <summary>Feedback text embeds quotes of the transcript; escape it as a whole.</summary>
    private static string Quoted(string text) => MarkdownText.Escape(text);

    private static string Symbol(string status) => status switch
    {
        MarkerStatus.Observed => "✔",
        MarkerStatus.Partial => "◐",
        MarkerStatus.NotObserved => "✘",
        _ => "–",
    };

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
