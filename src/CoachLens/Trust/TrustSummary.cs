using System.Globalization;

namespace CoachLens.Trust;

/// <summary>The one-paragraph reading of the trust view that opens its section of the report.</summary>
public static class TrustSummary
{
    public static string Write(
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
            parts.Add($"First: the client showed signs of a need beyond coaching (turn {referral.RiskCues[0].Turn}) and the session did not point to other support.");
        }
        else if (referral.RiskCues.Count > 0)
        {
            parts.Add($"The client showed signs of a need beyond coaching (turn {referral.RiskCues[0].Turn}), and the coach responded: {string.Join(", ", referral.Responses.Select(r => r.Replace('_', ' ')))}.");
        }

        if (trajectory.Count >= 2)
        {
            var third = Math.Max(1, trajectory.Count / 3);
            var start = trajectory.Take(third).Average(p => p.Openness);
            var end = trajectory.TakeLast(third).Average(p => p.Openness);
            var direction = end - start >= 0.1 ? "opened up over the session" : start - end >= 0.1 ? "became more guarded over the session" : "stayed at a similar openness through the session";
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"The client {direction} (about {start:0.00} in the first third, {end:0.00} in the last)."));
        }

        var rises = moments.Count(m => m.Kind == TrustMoment.Rise);
        var drops = moments.Count(m => m.Kind == TrustMoment.Drop);
        if (rises + drops > 0)
        {
            parts.Add($"Openness clearly rose {Times(rises)} and fell {Times(drops)} right after a coach move.");
        }

        if (breakers.Count > 0)
        {
            var kinds = breakers.GroupBy(b => b.Label).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => g.Count() > 1 ? $"{g.Key.ToLowerInvariant()} ({g.Count()})" : g.Key.ToLowerInvariant());
            parts.Add($"Trust-breakers: {string.Join(", ", kinds)}.");
        }
        else
        {
            parts.Add("No trust-breakers found.");
        }

        if (repairs.Count > 0)
        {
            parts.Add($"The coach repaired a misstep (turn {repairs[0].Turn}) — a real strength.");
        }

        if (contracting.Happened)
        {
            parts.Add(contracting.Missing.Count == 0 ? "Contracting covered every topic." : $"Contracting left out: {string.Join(", ", contracting.Missing.Select(m => m.Replace('_', ' ')))}.");
        }

        return string.Join(" ", parts);
    }

    private static string Times(int n) => n switch
    {
        0 => "no times",
        1 => "once",
        2 => "twice",
        _ => $"{n} times",
    };
}
