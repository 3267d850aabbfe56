using CoachLens.Exam.Bank;

namespace CoachLens.Exam.Forms;

/// <summary>A fixed, timed exam form: pcc-a and pcc-b (78 situational items in two sections, 3 hours) or acc (60 knowledge items, 90 minutes).</summary>
public sealed record ExamForm(string Id, ItemKind Kind, IReadOnlyList<FormSection> Sections, TimeSpan TimeLimit)
{
    public IReadOnlyList<string> ItemIds => Sections.SelectMany(s => s.ItemIds).ToList();

    public int ItemCount => Sections.Sum(s => s.ItemIds.Count);
}
