namespace CoachLens.Trust;

/// <summary>A kind of trust-breaker; its label and why it harms safety are words of the report language (TrustWords).</summary>
public sealed record BreakerKind(string Kind, string Source);
