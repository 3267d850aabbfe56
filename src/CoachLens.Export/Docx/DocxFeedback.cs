using CoachLens.Localization;
using CoachLens.Reports;
using DocumentFormat.OpenXml.Wordprocessing;
using static CoachLens.Export.Docx.WordText;

namespace CoachLens.Export.Docx;

/// <summary>The mentor's feedback and the level lens, as paragraphs a mentor can edit.</summary>
public static class DocxFeedback
{
    public static void Write(Body body, AnalysisReport report, Texts x)
    {
        var f = report.Feedback;
        body.Append(Heading(1, x["report.feedback"]));
        body.Append(Para(Run(f.Summary)));
        if (f.Strengths.Count > 0)
        {
            body.Append(Heading(2, x["report.strengths"]));
            foreach (var s in f.Strengths)
            {
                body.Append(Para(Run("• " + s.Text)));
            }
        }

        if (f.GrowthAreas.Count > 0)
        {
            body.Append(Heading(2, x["report.growthAreas"]));
            var n = 1;
            foreach (var g in f.GrowthAreas)
            {
                body.Append(Para(Run($"{n++}. ", bold: true), Run(g.Text)));
                body.Append(Para(Run(x["report.tip"] + ": ", bold: true), Run(g.Tip)));
                if (g.CouldHaveSoundedLike is { } r)
                {
                    body.Append(Para(Run(x.Format("report.inThisSession", ("where", ReportWords.Where(x, r.Turn, r.Start))) + ": ", italic: true), Link(DocxReport.Anchor(r.Turn), "“" + r.Original + "”")));
                    body.Append(Para(Run(x["report.couldHaveSounded"] + ": ", italic: true), Run("“" + r.Suggestion + "”", color: "3559A8")));
                }
            }
        }

        if (f.CommonMistakes.Count > 0)
        {
            body.Append(Heading(2, x["report.commonMistakes"]));
            foreach (var m in f.CommonMistakes)
            {
                var turns = m.Turns.Count == 0 ? string.Empty : " (" + x.Format("report.turnList", ("turns", string.Join(", ", m.Turns.Take(8)))) + ")";
                body.Append(Para(Run("• " + m.Text + turns)));
            }
        }

        var lens = report.LevelLens;
        body.Append(Heading(2, x["report.levelLens"] + " — " + lens.Label));
        body.Append(Para(Run(x["report.readsClosest"] + ": "), Run(ReportWords.Closest(x, lens.ClosestLevel), bold: true)));
        body.Append(Para("Note", Run(lens.Caveat)));
        foreach (var level in lens.Levels)
        {
            body.Append(Para(Run(level.Level + " ", bold: true), Run(level.Meets ? x["report.met"] : x["report.notMet"])));
            foreach (var e in level.EvidenceFor)
            {
                body.Append(Para(Run("   ✔ " + e)));
            }

            foreach (var e in level.EvidenceAgainst)
            {
                body.Append(Para(Run("   ✘ " + e)));
            }
        }
    }
}
