namespace CoachLens.Evaluation;

/// <summary>Agreement with gold on one code: true positives, false positives, false negatives and the derived rates.</summary>
public sealed record CodeScore(string Code, int TruePositives, int FalsePositives, int FalseNegatives)
{
    public double Precision => TruePositives + FalsePositives == 0 ? 0 : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => TruePositives + FalseNegatives == 0 ? 0 : (double)TruePositives / (TruePositives + FalseNegatives);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>Gold turns carrying the code.</summary>
    public int Support => TruePositives + FalseNegatives;
}
