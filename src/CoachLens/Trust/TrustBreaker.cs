using CoachLens.Scoring;

namespace CoachLens.Trust;

/// <summary>A coach turn that can break trust, with the quote and why it harms the client's safety.</summary>
/// <param name="Kind">interrupting, early_advice, judging, minimizing, no_permission, imposing_values, confidentiality_slip or missed_emotional_cue.</param>
/// <param name="ClientTurn">For a missed cue: the client turn whose feeling was passed over.</param>
public sealed record TrustBreaker(int Turn, string Kind, string Label, Evidence Evidence, string Why, int? ClientTurn);
