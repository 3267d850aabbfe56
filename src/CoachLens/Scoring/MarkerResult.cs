namespace CoachLens.Scoring;

/// <summary>The judgement on one PCC marker.</summary>
public sealed record MarkerResult(
    string Id,
    string Competency,
    string Status,
    double Confidence,
    IReadOnlyList<Evidence> Evidence,
    string Rationale);
