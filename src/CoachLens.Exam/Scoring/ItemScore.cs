using CoachLens.Exam.Bank;

namespace CoachLens.Exam.Scoring;

/// <summary>How one item was scored. <see cref="WorstCorrect"/> is null for knowledge items.</summary>
public sealed record ItemScore(string ItemId, int Competency, ItemKind Kind, bool Answered, bool BestCorrect, bool? WorstCorrect, int Points, int MaxPoints)
{
    public bool FullyCorrect => Points == MaxPoints;
}
