namespace CoachLens.Trust;

/// <summary>Coach moves, trust-breakers, repair parts and moment thresholds (Trust/Data/coach-moves.data.json).</summary>
public sealed record MoveRules(
    string Version,
    MomentThresholds Moments,
    int MinExploringTurns,
    IReadOnlyList<CoachMove> Moves,
    Cue Redirect,
    Cue SoftRedirect,
    Cue EmotionalCue,
    IReadOnlySet<string> PositiveFeelings,
    Cue Relabels,
    IReadOnlyList<Cue> RepairElements,
    IReadOnlyList<BreakerKind> Breakers)
{
    public const string ReflectionOfFeeling = "reflection_of_feeling";

    public CoachMove Move(string id) =>
        Moves.FirstOrDefault(m => m.Id == id) ?? throw new KeyNotFoundException($"no coach move '{id}'");

    public BreakerKind Breaker(string kind) =>
        Breakers.FirstOrDefault(b => b.Kind == kind) ?? throw new KeyNotFoundException($"no trust-breaker kind '{kind}'");
}
