namespace CoachLens.Evaluation;

/// <summary>One labelled transcript of a gold file: its id and its turns in order.</summary>
public sealed record GoldDocument(string Id, IReadOnlyList<GoldTurn> Turns);

/// <summary>
/// A labelled turn: who spoke, when (as written, "00:01:02", or null), what was said, the behavior codes
/// the annotators gave it, and the dimensions on which they tied (skipped when scoring).
/// </summary>
public sealed record GoldTurn(string Speaker, string? Start, string Text, IReadOnlyList<string> Labels, IReadOnlyList<string> Uncertain)
{
    /// <summary>Coach or client by the speaker label; other speakers are not scored.</summary>
    public string? Role => Speaker.Equals("coach", StringComparison.OrdinalIgnoreCase) ? "coach"
        : Speaker.Equals("client", StringComparison.OrdinalIgnoreCase) ? "client" : null;
}
