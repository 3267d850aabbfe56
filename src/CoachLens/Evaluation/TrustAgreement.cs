using CoachLens.Reports;
using CoachLens.Trust;

namespace CoachLens.Evaluation;

/// <summary>
/// Compares the trust view of analyzed sessions with gold trust annotations. A predicted moment matches a gold
/// moment of the same kind within <see cref="MomentTolerance"/> turns, one to one, nearest first.
/// </summary>
public static class TrustAgreement
{
    public const int MomentTolerance = 2;

    public static TrustSessionResult CompareSession(string session, GoldTrust gold, AnalysisReport report)
    {
        var predicted = report.Trust.Moments.ToList();
        var pairs = gold.Moments
            .SelectMany(g => predicted.Where(p => p.Kind == g.Kind && Math.Abs(p.Turn - g.Turn) <= MomentTolerance).Select(p => (g, p)))
            .OrderBy(x => Math.Abs(x.p.Turn - x.g.Turn)).ThenBy(x => x.g.Turn).ThenBy(x => x.p.Turn)
            .ToList();
        var matched = new Dictionary<GoldMoment, TrustMoment>();
        foreach (var (g, p) in pairs)
        {
            if (!matched.ContainsKey(g) && !matched.ContainsValue(p))
            {
                matched[g] = p;
            }
        }

        var contracting = new Dictionary<string, (bool, bool)>(StringComparer.Ordinal);
        foreach (var (key, value) in gold.Contracting ?? new Dictionary<string, bool>())
        {
            contracting[key] = (value, report.Trust.Contracting.Covered.Contains(TopicOf(key)));
        }

        return new TrustSessionResult(
            session,
            gold.Moments.Select(g => (g, matched.GetValueOrDefault(g))).ToList(),
            predicted.Where(p => !matched.ContainsValue(p)).ToList(),
            gold.RiskCues,
            report.Trust.Referral.RiskCues.Select(c => c.Turn).ToList(),
            gold.TrustBreakers ?? [],
            report.Trust.TrustBreakers.Select(b => new GoldBreaker(b.Turn, b.Kind)).ToList(),
            contracting);
    }

    public static TrustAgreementResult Summarize(IReadOnlyList<TrustSessionResult> sessions)
    {
        var kinds = new[] { TrustMoment.Rise, TrustMoment.Drop, TrustMoment.Repair, TrustMoment.Risk };
        var byKind = kinds.ToDictionary(k => k, k => Rate.Sum(sessions.Select(s => MomentRate(s, k))), StringComparer.Ordinal);
        var risk = Rate.Sum(sessions.Select(s => new Rate(s.FoundRiskCues.Intersect(s.GoldRiskCues).Count(), s.GoldRiskCues.Count, s.FoundRiskCues.Count)));
        var alarms = sessions.Sum(s => s.FoundRiskCues.Except(s.GoldRiskCues).Count());
        var breakers = Rate.Sum(sessions.Select(s => new Rate(s.FoundBreakers.Intersect(s.GoldBreakers).Count(), s.GoldBreakers.Count, s.FoundBreakers.Count)));
        var contracting = sessions.SelectMany(s => s.Contracting.Values).ToList();
        return new TrustAgreementResult(
            sessions,
            Rate.Sum(sessions.Select(s => MomentRate(s, null))),
            byKind,
            risk,
            alarms,
            breakers,
            contracting.Count(c => c.Gold == c.Found),
            contracting.Count);
    }

    private static Rate MomentRate(TrustSessionResult s, string? kind) => new(
        s.GoldMoments.Count(m => m.Found is not null && (kind is null || m.Gold.Kind == kind)),
        s.GoldMoments.Count(m => kind is null || m.Gold.Kind == kind),
        s.GoldMoments.Count(m => m.Found is not null && (kind is null || m.Gold.Kind == kind)) + s.ExtraMoments.Count(m => kind is null || m.Kind == kind));

    /// <summary>The gold file's contracting keys, in the names the trust view uses.</summary>
    private static string TopicOf(string goldKey) => goldKey switch
    {
        "coachingVsTherapyConsulting" => "coaching_vs_therapy_consulting",
        _ => goldKey,
    };
}
