namespace CoachLens.Trust;

/// <summary>A kind of trust-breaker and why it harms the client's safety, in words a coach can use.</summary>
public sealed record BreakerKind(string Kind, string Label, string Why, string Source);
