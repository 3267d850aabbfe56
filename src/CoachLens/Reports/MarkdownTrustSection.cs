using System.Text;
using CoachLens.Localization;
using CoachLens.Trust;

namespace CoachLens.Reports;

/// <summary>Renders the Trust and Safety view as its own section of the Markdown report (docs/trust.md explains it).</summary>
public static class MarkdownTrustSection
{
    private const string Bars = "▁▂▃▄▅▆▇█";

    public static void Write(StringBuilder md, TrustReport trust, Texts x)
    {
        md.Append("## ").Append(x["trust.title"]).Append("\n\n").Append(Escape(trust.Summary)).Append("\n\n");
        WriteTrajectory(md, trust.Trajectory, x);
        WriteMoments(md, trust.Moments, x);
        WriteBreakers(md, trust.TrustBreakers, x);
        WriteRepairs(md, trust.Repairs, x);
        WriteReferral(md, trust.Referral, x);
        WriteContracting(md, trust.Contracting, x);
        WriteCompetency4(md, trust.Competency4, x);
    }

    private static void WriteTrajectory(StringBuilder md, IReadOnlyList<OpennessPoint> points, Texts x)
    {
        if (points.Count == 0)
        {
            return;
        }

        var lowest = points.MinBy(p => p.Openness)!;
        var highest = points.MaxBy(p => p.Openness)!;
        md.Append("### ").Append(x["trust.md.openness"]).Append("\n\n").Append(x["trust.md.trend"]).Append("\n\n");
        md.Append('`').Append(string.Concat(points.Select(p => Bars[(int)Math.Round(p.Smoothed * (Bars.Length - 1))]))).Append('`');
        md.Append(" — ").Append(x.Format(
            "trust.md.range",
            ("first", points[0].Turn),
            ("last", points[^1].Turn),
            ("min", x.Number(lowest.Openness, "0.00")),
            ("minTurn", lowest.Turn),
            ("max", x.Number(highest.Openness, "0.00")),
            ("maxTurn", highest.Turn))).Append("\n\n");
    }

    private static void WriteMoments(StringBuilder md, IReadOnlyList<Trust.TrustMoment> moments, Texts x)
    {
        md.Append("### ").Append(x["trust.md.moments"]).Append("\n\n");
        if (moments.Count == 0)
        {
            md.Append(x["trust.md.noMoments"]).Append("\n\n");
            return;
        }

        foreach (var m in moments)
        {
            var mark = m.Kind switch
            {
                Trust.TrustMoment.Rise => "▲",
                Trust.TrustMoment.Drop => "▼",
                Trust.TrustMoment.Repair => "↺",
                _ => "⚠",
            };
            md.Append("- ").Append(mark).Append(" **").Append(x["trust.md." + m.Kind]).Append("** ").Append(ReportWords.Where(x, m.Turn, m.Start));
            if (m.CauseTurn is { } cause && m.Kind is Trust.TrustMoment.Rise or Trust.TrustMoment.Drop)
            {
                md.Append(" (").Append(x.Format("trust.md.causeTurn", ("turn", cause))).Append(')');
            }

            md.Append(": ").Append(Escape(m.Note)).Append('\n');
        }

        md.Append('\n');
    }

    private static void WriteBreakers(StringBuilder md, IReadOnlyList<TrustBreaker> breakers, Texts x)
    {
        md.Append("### ").Append(x["trust.md.breakers"]).Append("\n\n");
        if (breakers.Count == 0)
        {
            md.Append(x["trust.md.none"]).Append("\n\n");
            return;
        }

        foreach (var kind in breakers.GroupBy(b => b.Kind))
        {
            var first = kind.First();
            md.Append("- **").Append(first.Label).Append("** — ").Append(first.Why).Append('\n');
            foreach (var b in kind)
            {
                md.Append("  - “").Append(Escape(b.Evidence.Quote)).Append("” (").Append(ReportWords.Where(x, b.Evidence));
                if (b.ClientTurn is { } c)
                {
                    md.Append(", ").Append(x.Format("trust.md.afterClient", ("turn", c)));
                }

                md.Append(")\n");
            }
        }

        md.Append('\n');
    }

    private static void WriteRepairs(StringBuilder md, IReadOnlyList<RepairAttempt> repairs, Texts x)
    {
        if (repairs.Count == 0)
        {
            return;
        }

        md.Append("### ").Append(x["trust.md.repairs"]).Append("\n\n");
        foreach (var r in repairs)
        {
            md.Append("- ").Append(Escape(r.Note)).Append(" “").Append(Escape(r.Evidence.Quote)).Append("” (").Append(ReportWords.Where(x, r.Evidence)).Append(")\n");
        }

        md.Append('\n');
    }

    private static void WriteReferral(StringBuilder md, ReferralCheck referral, Texts x)
    {
        md.Append("### ").Append(x["trust.md.referral"]).Append("\n\n")
          .Append(referral.RiskWithoutReferral ? "**⚠ " : string.Empty).Append(Escape(referral.Note)).Append(referral.RiskWithoutReferral ? "**" : string.Empty).Append('\n');
        foreach (var cue in referral.RiskCues)
        {
            md.Append("- ").Append(cue.Label).Append(": “").Append(Escape(cue.Evidence.Quote)).Append("” (").Append(ReportWords.Where(x, cue.Evidence)).Append(") — ")
              .Append(x["trust.md.coach"]).Append(": ")
              .Append(cue.Responses.Count == 0 ? x["trust.md.noResponse"] : string.Join(", ", cue.Responses.Select(r => x["trust.response." + r]))).Append('\n');
        }

        md.Append('\n');
    }

    private static void WriteContracting(StringBuilder md, ContractingCheck contracting, Texts x)
    {
        md.Append("### ").Append(x["trust.md.contracting"]).Append("\n\n").Append(Escape(contracting.Note)).Append('\n');
        if (contracting.Happened)
        {
            foreach (var t in contracting.Topics)
            {
                md.Append("- ").Append(t.Covered ? "✔ " : "✘ ").Append(t.Label);
                if (t.Evidence.Count > 0)
                {
                    md.Append(": “").Append(Escape(t.Evidence[0].Quote)).Append("” (").Append(ReportWords.Where(x, t.Evidence[0])).Append(')');
                }

                md.Append('\n');
            }
        }

        md.Append('\n');
    }

    private static void WriteCompetency4(StringBuilder md, Competency4View c4, Texts x)
    {
        md.Append("### ").Append(x["trust.md.subItems"]).Append("\n\n").Append(c4.Caveat).Append("\n\n");
        md.Append("| ").Append(x["trust.md.subItem"]).Append(" | ").Append(x["trust.md.reading"]).Append(" | ").Append(x["trust.md.note"]).Append(" |\n|---|---|---|\n");
        foreach (var s in c4.SubItems)
        {
            md.Append("| ").Append(s.Id).Append(' ').Append(s.Text).Append(" | ").Append(x["trust.reading." + s.Reading]).Append(" | ").Append(Escape(s.Note)).Append(" |\n");
        }

        md.Append('\n').Append(x["trust.md.pccMarkers"]).Append(": ").Append(string.Join(" · ", c4.PccMarkers.Select(m => $"{m.Id} {x["trust.status." + m.Status]}")));
        md.Append("  \n").Append(x["trust.md.accStatements"]).Append(": ")
          .Append(string.Join(" · ", c4.AccStatements.Select(a => $"{a.Id} {(a.Seen ? x["trust.md.accSeen"] : x["trust.md.accNotSeen"])}")));
        md.Append("\n\n");
    }

    private static string Escape(string text) => MarkdownText.Escape(text);
}
