using CoachLens.Trust;

namespace CoachLens.Evaluation;

/// <summary>One session's trust view against its gold: the predicted and gold items and which of them matched.</summary>
public sealed record TrustSessionResult(
    string Session,
    IReadOnlyList<(GoldMoment Gold, TrustMoment? Found)> GoldMoments,
    IReadOnlyList<TrustMoment> ExtraMoments,
    IReadOnlyList<int> GoldRiskCues,
    IReadOnlyList<int> FoundRiskCues,
    IReadOnlyList<GoldBreaker> GoldBreakers,
    IReadOnlyList<GoldBreaker> FoundBreakers,
    IReadOnlyDictionary<string, (bool Gold, bool Found)> Contracting);
