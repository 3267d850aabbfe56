namespace CoachLens.Exam.Scoring;

/// <summary>Points in one competency ("4") or domain ("B").</summary>
public sealed record AreaScore(string Area, int Items, int Points, int MaxPoints)
{
    public double Percent => MaxPoints == 0 ? 0 : 100.0 * Points / MaxPoints;
}
