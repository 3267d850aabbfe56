namespace CoachLens.Detection;

/// <summary>Which detector ran, in which version, and whether it failed.</summary>
public sealed record DetectorRun(string Id, string Version, string Status, string? Error);

/// <summary>Everything the pipeline found, sorted so the same input gives the same result.</summary>
public sealed record DetectionResult(IReadOnlyList<Annotation> Annotations, IReadOnlyList<DetectorRun> Runs)
{
    private static readonly Annotation[] None = [];

    // The annotations of each turn, built on first use: scoring asks per turn many times, and a scan of all
    // annotations per question made marker judgement quadratic in the session's length.
    private Dictionary<int, Annotation[]>? byTurn;

    public IEnumerable<Annotation> For(int turn) => ByTurn().GetValueOrDefault(turn, None);

    public bool Has(int turn, string code)
    {
        foreach (var a in ByTurn().GetValueOrDefault(turn, None))
        {
            if (a.Code == code)
            {
                return true;
            }
        }

        return false;
    }

    public IReadOnlyList<string> CodesOf(int turn) =>
        For(turn).Select(a => a.Code).Distinct().OrderBy(Behaviors.Order).ToArray();

    public IEnumerable<int> TurnsWith(string code) =>
        Annotations.Where(a => a.Code == code).Select(a => a.Turn).Distinct().Order();

    // Equality is by content lists, as for a record without the index.
    public bool Equals(DetectionResult? other) =>
        other is not null && ReferenceEquals(Annotations, other.Annotations) && ReferenceEquals(Runs, other.Runs);

    public override int GetHashCode() => HashCode.Combine(Annotations, Runs);

    private Dictionary<int, Annotation[]> ByTurn() =>
        byTurn ??= Annotations.GroupBy(a => a.Turn).ToDictionary(g => g.Key, g => g.ToArray());
}
