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
            var lowest = trajectory.MinBy(p => p.Openness)!;
            parts.Add(string.Create(
                CultureInfo.InvariantCulture,
                $"Client openness (0 guarded – 1 open) was about {trajectory.Take(third).Average(p => p.Openness):0.00} in the first third of the session, lowest at turn {lowest.Turn} ({lowest.Openness:0.00}), and about {trajectory.TakeLast(third).Average(p => p.Openness):0.00} in the last third."));
        }

        var rises = moments.Count(m => m.Kind == TrustMoment.Rise);
        var drops = moments.Count(m => m.Kind == TrustMoment.Drop);
        if (rises + drops > 0)
        {
            var changes = new[] { rises > 0 ? $"rose {Times(rises)}" : null, drops > 0 ? $"fell {Times(drops)}" : null }.OfType<string>();
            parts.Add($"Openness clearly {string.Join(" and ", changes)} right after a coach move.");
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
        1 => "once",
        2 => "twice",
        _ => $"{n} times",
    };
}
