namespace CoachLens.Trust;

/// <summary>A coach move that tends to open the client (empathy, permission…) or close them (advice, judgment…).</summary>
/// <param name="Breaker">The trust-breaker kind the move amounts to, when it is one.</param>
public sealed record CoachMove(Cue Cue, bool Opening, string? Breaker)
{
    public string Id => Cue.Id;
}
