namespace CoachLens.Exam.Scoring;

/// <summary>Correct picks out of items asked.</summary>
public sealed record Accuracy(int Correct, int Total)
{
    public double Percent => Total == 0 ? 0 : 100.0 * Correct / Total;
}
