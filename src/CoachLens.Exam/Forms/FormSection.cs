namespace CoachLens.Exam.Forms;

/// <summary>A numbered section of a form and its items in the order they are presented.</summary>
public sealed record FormSection(int Number, IReadOnlyList<string> ItemIds);
