namespace CoachLens.Trust;

/// <summary>
/// A moment that matters for trust. <c>rise</c> and <c>drop</c> are client turns where openness clearly changed,
/// with <see cref="CauseTurn"/> the coach turn just before; <c>repair</c> is the coach turn that repairs a misstep
/// (cause: the misstep); <c>risk</c> is a client risk cue (no cause).
/// </summary>
/// <param name="Moves">The coach moves found in the cause turn ("minimizing", "empathy", …).</param>
public sealed record TrustMoment(int Turn, string Kind, int? CauseTurn, string Note, IReadOnlyList<string> Moves, double? Start)
{
    public const string Rise = "rise";
    public const string Drop = "drop";
    public const string Repair = "repair";
    public const string Risk = "risk";
}
