using CoachLens.Scoring;

namespace CoachLens.Trust;

/// <summary>A client turn suggesting a need beyond coaching, and how the coach responded to it.</summary>
/// <param name="Category">self_harm, hopelessness, prolonged_sleeplessness, substance, abuse, clinical, safety_answer, coach_response or other.</param>
/// <param name="Responses">acknowledged, asked_about_safety, clarified_limits, referred — what the coach did after it.</param>
public sealed record RiskCue(int Turn, string Category, string Label, Evidence Evidence, IReadOnlyList<string> Responses);
