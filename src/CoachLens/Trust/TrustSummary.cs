namespace CoachLens.Trust;

/// <summary>The one-paragraph reading of the trust view that opens its section of the report.</summary>
public static class TrustSummary
{
    public static string Write(
        TrustWords words,
        IReadOnlyList<OpennessPoint> trajectory,
        IReadOnlyList<TrustMoment> moments,
        IReadOnlyList<TrustBreaker> breakers,
        IReadOnlyList<RepairAttempt> repairs,
        ContractingCheck contracting,
        ReferralCheck referral)
    {
        var parts = new List<string>();
        if (referral.RiskWithoutReferral)
        {
            parts.Add(words.Format("trust.summary.riskNoReferral", ("turn", referral.RiskCues[0].Turn)));
        }
        else if (referral.RiskCues.Count > 0)
        {
            parts.Add(referral.ReferralTurns.Count > 0
                ? words.Format("trust.summary.riskHandled", ("turn", referral.RiskCues[0].Turn), ("responses", words.List(referral.Responses.Select(words.Response))))
                : words.Format("trust.summary.riskClearNo", ("turn", referral.RiskCues[0].Turn)));
        }

        if (trajectory.Count >= 2)
        {
            var third = Math.Max(1, trajectory.Count / 3);
            var lowest = trajectory.MinBy(p => p.Openness)!;
            parts.Add(words.Format(
                "trust.summary.openness",
                ("start", words.Level(trajectory.Take(third).Average(p => p.Openness))),
                ("turn", lowest.Turn),
                ("lowest", words.Level(lowest.Openness)),
                ("end", words.Level(trajectory.TakeLast(third).Average(p => p.Openness)))));
        }

        var rises = moments.Count(m => m.Kind == TrustMoment.Rise);
        var drops = moments.Count(m => m.Kind == TrustMoment.Drop);
        if (rises + drops > 0)
        {
            parts.Add(words.Format("trust.summary.changes", ("rises", rises), ("drops", drops)));
        }

        if (breakers.Count > 0)
        {
            var kinds = breakers.GroupBy(b => b.Label).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => g.Count() > 1 ? $"{g.Key.ToLowerInvariant()} ({g.Count()})" : g.Key.ToLowerInvariant());
            parts.Add(words.Format("trust.summary.breakers", ("list", string.Join(", ", kinds))));
        }
        else
        {
            parts.Add(words["trust.summary.noBreakers"]);
        }

        if (repairs.Count > 0)
        {
            parts.Add(words.Format("trust.summary.repair", ("turn", repairs[0].Turn)));
        }

        if (contracting.Happened)
        {
            parts.Add(contracting.Missing.Count == 0
                ? words["trust.summary.contractingAll"]
                : words.Format("trust.summary.contractingMissing", ("missing", string.Join(", ", contracting.Missing.Select(words.Topic)))));
        }

        return string.Join(" ", parts);
    }
}
