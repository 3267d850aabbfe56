namespace CoachLens.Detection;

/// <summary>Which detector ran, in which version, and whether it failed.</summary>
public sealed record DetectorRun(string Id, string Version, string Status, string? Error);

/// <summary>Everything the pipeline found, sorted so the same input gives the same result.</summary>
public sealed record DetectionResult(IReadOnlyList<Annotation> Annotations, IReadOnlyList<DetectorRun> Runs)
{
    public IEnumerable<Annotation> For(int turn) => Annotations.Where(a => a.Turn == turn);

    public bool Has(int turn, string code) => Annotations.Any(a => a.Turn == turn && a.Code == code);

    public IReadOnlyList<string> CodesOf(int turn) =>
        For(turn).Select(a => a.Code).Distinct().OrderBy(Behaviors.Order).ToArray();

    public IEnumerable<int> TurnsWith(string code) =>
        Annotations.Where(a => a.Code == code).Select(a => a.Turn).Distinct().Order();
}
