using System.Text.RegularExpressions;
using CoachLens.Detection;
using CoachLens.Rubrics;

namespace CoachLens.Scoring;

/// <summary>
/// Competency 1 as ICF treats it in a recording: staying in the coach role (not consulting, not therapy),
/// keeping confidentiality, and referring when the client shows risk.
/// </summary>
public sealed record EthicsSignals(
    bool ConsultingMode,
    int AdviceTurns,
    double AdviceShare,
    bool TherapyMode,
    IReadOnlyList<int> TherapyTurns,
    IReadOnlyList<int> ConfidentialitySlips,
    IReadOnlyList<int> RiskTurns,
    IReadOnlyList<int> ReferralTurns,
    bool RiskWithoutReferral)
{
    public static EthicsSignals Of(ScoringContext context, EthicsSettings settings)
    {
        var coachTurns = context.CoachTurns.ToList();
        var coachCount = Math.Max(1, coachTurns.Count);
        var advice = context.Detection.TurnsWith(Behaviors.Advice).Count();
        var adviceShare = Math.Round((double)advice / coachCount, 3);
        var therapyPatterns = settings.TherapyPatterns.Select(Compile).ToList();
        var therapy = coachTurns.Where(t => therapyPatterns.Any(p => p.IsMatch(t.Spoken))).Select(t => t.Index).ToList();
        var slipPatterns = settings.SlipPatterns.Select(Compile).ToList();
        var slips = coachTurns.Where(t => slipPatterns.Any(p => p.IsMatch(t.Spoken))).Select(t => t.Index).ToList();
        var risk = context.Detection.TurnsWith(Behaviors.Risk).ToList();
        var referral = context.Detection.TurnsWith(Behaviors.Referral).ToList();
        var unanswered = risk.Count > 0 && !referral.Any(r => r > risk[0]);
        return new EthicsSignals(
            advice >= settings.ConsultingAdviceMin && adviceShare >= settings.ConsultingAdviceShare,
            advice,
            adviceShare,
            therapy.Count >= settings.TherapyMin && (double)therapy.Count / coachCount >= settings.TherapyShare,
            therapy,
            slips,
            risk,
            referral,
            unanswered);
    }

    // Compiled once per pattern: building a compiled regular expression costs far more than running it.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Regex> Compiled = new(StringComparer.Ordinal);

    private static Regex Compile(string pattern) =>
        Compiled.GetOrAdd(pattern, p => new Regex(p, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled, TimeSpan.FromSeconds(1)));
}
