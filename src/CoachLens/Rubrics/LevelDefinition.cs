using System.Text.Json.Serialization;

namespace CoachLens.Rubrics;

/// <summary>
/// One expectation of a credential level, checked against the report: a marker's status, a flag
/// (consultingMode, therapyMode) or a metric (coachTalkShare, openQuestionShare, markerShare, …).
/// </summary>
public sealed record LevelCriterion(
    string Id,
    string Text,
    string? Marker,
    IReadOnlyList<string>? AnyMarker,
    string? AtLeast,
    string? Flag,
    [property: JsonPropertyName("equals")] bool? Expected,
    string? Metric,
    double? Min,
    double? Max,
    bool Essential);

/// <summary>What a level (ACC, PCC, MCC) expects; a session reads at a level when every essential criterion and <see cref="MinMet"/> of all criteria hold.</summary>
public sealed record LevelDefinition(string Level, string Text, double MinMet, IReadOnlyList<LevelCriterion> Criteria);

/// <summary>Thresholds for the ethics signals of competency 1.</summary>
public sealed record EthicsSettings(
    double ConsultingAdviceShare,
    int ConsultingAdviceMin,
    double TherapyShare,
    int TherapyMin,
    IReadOnlyList<string> TherapyPatterns,
    IReadOnlyList<string> SlipPatterns);
