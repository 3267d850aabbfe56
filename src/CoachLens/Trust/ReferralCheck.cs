namespace CoachLens.Trust;

/// <summary>
/// The referral view: risk cues, how the coach responded over the session, and whether a risk cue went
/// without a referral (then it is the first item of the feedback).
/// </summary>
public sealed record ReferralCheck(
    IReadOnlyList<RiskCue> RiskCues,
    IReadOnlyList<string> Responses,
    IReadOnlyList<int> ReferralTurns,
    bool RiskWithoutReferral,
    string Note);
