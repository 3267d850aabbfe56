using System.Globalization;
using System.Text;
using CoachLens.Scoring;
using CoachLens.Transcripts;
using CoachLens.Trust;

namespace CoachLens.Reports;

/// <summary>Renders the Trust and Safety view as its own section of the Markdown report (docs/trust.md explains it).</summary>
public static class MarkdownTrustSection
{
    private const string Bars = "▁▂▃▄▅▆▇█";

    public static void Write(StringBuilder md, TrustReport trust)
    {
        md.Append("## Trust and safety (Competency 4)\n\n").Append(Escape(trust.Summary)).Append("\n\n");
        WriteTrajectory(md, trust.Trajectory);
        WriteMoments(md, trust.Moments);
        WriteBreakers(md, trust.TrustBreakers);
        WriteRepairs(md, trust.Repairs);
        WriteReferral(md, trust.Referral);
        WriteContracting(md, trust.Contracting);
        WriteCompetency4(md, trust.Competency4);
    }

    private static void WriteTrajectory(StringBuilder md, IReadOnlyList<OpennessPoint> points)
    {
        if (points.Count == 0)
        {
            return;
        }

        md.Append("### Client openness\n\n");
        md.Append("Trend over the client's turns (▁ guarded … █ open), one mark per client turn:\n\n");
        md.Append('`').Append(string.Concat(points.Select(p => Bars[(int)Math.Round(p.Smoothed * (Bars.Length - 1))]))).Append('`');
        md.Append(Inv($" — turns {points[0].Turn}–{points[^1].Turn}; lowest {points.Min(p => p.Openness):0.00} (turn {points.MinBy(p => p.Openness)!.Turn}), highest {points.Max(p => p.Openness):0.00} (turn {points.MaxBy(p => p.Openness)!.Turn})\n\n"));
    }

    private static void WriteMoments(StringBuilder md, IReadOnlyList<TrustMoment> moments)
    {
        md.Append("### Moments\n\n");
        if (moments.Count == 0)
        {
            md.Append("No clear rise or fall in openness right after a coach move, no repair and no risk cue.\n\n");
            return;
        }

        foreach (var m in moments)
        {
            var (mark, name) = m.Kind switch
            {
                TrustMoment.Rise => ("▲", "Rise"),
                TrustMoment.Drop => ("▼", "Drop"),
                TrustMoment.Repair => ("↺", "Repair"),
                _ => ("⚠", "Risk cue"),
            };
            md.Append(Inv($"- {mark} **{name}** at {At(m.Turn, m.Start)}"));
            if (m.CauseTurn is { } cause && m.Kind is TrustMoment.Rise or TrustMoment.Drop)
            {
                md.Append(Inv($" (coach move at turn {cause})"));
            }

            md.Append(": ").Append(Escape(m.Note)).Append('\n');
        }

        md.Append('\n');
    }

    private static void WriteBreakers(StringBuilder md, IReadOnlyList<TrustBreaker> breakers)
    {
        md.Append("### Trust-breakers\n\n");
        if (breakers.Count == 0)
        {
            md.Append("None found.\n\n");
            return;
        }

        foreach (var kind in breakers.GroupBy(b => b.Kind))
        {
            var first = kind.First();
            md.Append("- **").Append(first.Label).Append("** — ").Append(first.Why).Append('\n');
            foreach (var b in kind)
            {
                md.Append("  - “").Append(Escape(b.Evidence.Quote)).Append("” (").Append(CueMarkers.Where(b.Evidence));
                if (b.ClientTurn is { } c)
                {
                    md.Append(Inv($", after client turn {c}"));
                }

                md.Append(")\n");
            }
        }

        md.Append('\n');
    }

    private static void WriteRepairs(StringBuilder md, IReadOnlyList<RepairAttempt> repairs)
    {
        if (repairs.Count == 0)
        {
            return;
        }

        md.Append("### Repair — a strength\n\n");
        foreach (var r in repairs)
        {
            md.Append("- ").Append(Escape(r.Note)).Append(" “").Append(Escape(r.Evidence.Quote)).Append("” (").Append(CueMarkers.Where(r.Evidence)).Append(")\n");
        }

        md.Append('\n');
    }

    private static void WriteReferral(StringBuilder md, ReferralCheck referral)
    {
        md.Append("### Referral cues\n\n").Append(referral.RiskWithoutReferral ? "**⚠ " : string.Empty).Append(Escape(referral.Note))
          .Append(referral.RiskWithoutReferral ? "**" : string.Empty).Append('\n');
        foreach (var cue in referral.RiskCues)
        {
            md.Append("- ").Append(cue.Label).Append(": “").Append(Escape(cue.Evidence.Quote)).Append("” (").Append(CueMarkers.Where(cue.Evidence)).Append(") — coach: ")
              .Append(cue.Responses.Count == 0 ? "no response to it" : string.Join(", ", cue.Responses.Select(r => r.Replace('_', ' ')))).Append('\n');
        }

        md.Append('\n');
    }

    private static void WriteContracting(StringBuilder md, ContractingCheck contracting)
    {
        md.Append("### Contracting\n\n").Append(Escape(contracting.Note)).Append('\n');
        if (contracting.Happened)
        {
            foreach (var t in contracting.Topics)
            {
                md.Append("- ").Append(t.Covered ? "✔ " : "✘ ").Append(t.Label);
                if (t.Evidence.Count > 0)
                {
                    md.Append(": “").Append(Escape(t.Evidence[0].Quote)).Append("” (").Append(CueMarkers.Where(t.Evidence[0])).Append(')');
                }

                md.Append('\n');
            }
        }

        md.Append('\n');
    }

    private static void WriteCompetency4(StringBuilder md, Competency4View c4)
    {
        md.Append("### Competency 4 sub-items — developmental notes\n\n").Append(c4.Caveat).Append("\n\n");
        md.Append("| Sub-item | Reading | Note |\n|---|---|---|\n");
        foreach (var s in c4.SubItems)
        {
            var reading = s.Reading switch { "seen" => "✔ seen", "some" => "◐ some", _ => "✘ not seen" };
            md.Append("| ").Append(s.Id).Append(' ').Append(s.Text).Append(" | ").Append(reading).Append(" | ").Append(Escape(s.Note)).Append(" |\n");
        }

        md.Append("\nPCC markers: ").Append(string.Join(" · ", c4.PccMarkers.Select(m => $"{m.Id} {m.Status.Replace('_', ' ')}")));
        md.Append("  \nACC statements: ").Append(string.Join(" · ", c4.AccStatements.Select(a => $"{a.Id} {(a.Seen ? "seen" : "not seen")}")));
        md.Append("\n\n");
    }

    private static string At(int turn, double? start) => start is { } s ? Inv($"turn {turn} ({Timestamps.Format(s)})") : Inv($"turn {turn}");

    private static string Escape(string text) => MarkdownText.Escape(text);

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
