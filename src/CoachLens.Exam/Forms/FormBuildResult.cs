namespace CoachLens.Exam.Forms;

/// <summary>A built form, or the shortages that keep the bank from filling it yet.</summary>
public sealed record FormBuildResult(ExamForm? Form, IReadOnlyList<FormShortage> Shortages)
{
    public bool IsComplete => Form is not null;
}
