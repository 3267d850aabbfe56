using CoachLens.Exam.Bank;

namespace CoachLens.Exam.Forms;

/// <summary>Why a form cannot be built yet: a competency has fewer usable items (complete in both languages) than the form needs.</summary>
public sealed record FormShortage(int Competency, ItemKind Kind, int Have, int Need)
{
    public override string ToString() =>
        $"competency {Competency}: {Have} {Kind.ToString().ToLowerInvariant()} items complete in both languages, {Need} needed";
}
