namespace CoachLens.Trust;

/// <summary>The Trust and Safety view of one session: the JSON field "trust" (docs/report-format.md, docs/trust.md).</summary>
public sealed record TrustReport(
    string Version,
    string Summary,
    IReadOnlyList<OpennessPoint> Trajectory,
    IReadOnlyList<TrustMoment> Moments,
    IReadOnlyList<TrustBreaker> TrustBreakers,
    IReadOnlyList<RepairAttempt> Repairs,
    ContractingCheck Contracting,
    ReferralCheck Referral,
    Competency4View Competency4);
