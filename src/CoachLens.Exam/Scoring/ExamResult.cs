namespace CoachLens.Exam.Scoring;

/// <summary>
/// A scored sitting. <see cref="Percent"/> is CoachLens's practice score (points earned out of points
/// available); it is not ICF's scaled score (200-600, 460 passes), which ICF does not let anyone compute.
/// </summary>
public sealed record ExamResult(
    IReadOnlyList<ItemScore> Items,
    int Points,
    int MaxPoints,
    Accuracy BestPicks,
    Accuracy WorstPicks,
    Accuracy KnowledgeAnswers,
    IReadOnlyList<AreaScore> ByCompetency,
    IReadOnlyList<AreaScore> ByDomain,
    int Unanswered)
{
    public double Percent => MaxPoints == 0 ? 0 : 100.0 * Points / MaxPoints;
}
