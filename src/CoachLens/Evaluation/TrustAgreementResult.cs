namespace CoachLens.Evaluation;

/// <summary>
/// The trust view against gold over a set of sessions: moments (same kind, within 2 turns), risk cues (same
/// turn), false risk alarms (risk cues where the gold has none), trust-breakers (same turn and kind) and the
/// contracting topics.
/// </summary>
public sealed record TrustAgreementResult(
    IReadOnlyList<TrustSessionResult> Sessions,
    Rate Moments,
    IReadOnlyDictionary<string, Rate> MomentsByKind,
    Rate RiskCues,
    int FalseRiskAlarms,
    Rate Breakers,
    int ContractingAgree,
    int ContractingPairs);
