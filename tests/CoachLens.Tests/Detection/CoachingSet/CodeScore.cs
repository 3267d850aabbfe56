namespace CoachLens.Tests.Detection.CoachingSet;

/// <summary>True positives, false positives and false negatives of one code, and what follows from them.</summary>
public sealed record CodeScore(string Code, int TruePositives, int FalsePositives, int FalseNegatives)
{
    public double Precision => TruePositives + FalsePositives == 0 ? 0 : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => TruePositives + FalseNegatives == 0 ? 0 : (double)TruePositives / (TruePositives + FalseNegatives);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public int Support => TruePositives + FalseNegatives;
}
