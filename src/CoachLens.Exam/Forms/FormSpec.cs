using CoachLens.Exam.Bank;

namespace CoachLens.Exam.Forms;

/// <summary>What a form is made of: item kind, size, sections and time, as ICF runs the real exam (../shared/DOMAIN.md).</summary>
public sealed record FormSpec(string Id, ItemKind Kind, int Items, int Sections, TimeSpan TimeLimit)
{
    public const string PccA = "pcc-a";
    public const string PccB = "pcc-b";
    public const string Acc = "acc";

    public static IReadOnlyList<FormSpec> All { get; } =
    [
        new(PccA, ItemKind.Situational, 78, 2, TimeSpan.FromHours(3)),
        new(PccB, ItemKind.Situational, 78, 2, TimeSpan.FromHours(3)),
        new(Acc, ItemKind.Knowledge, 60, 1, TimeSpan.FromMinutes(90)),
    ];

    public static FormSpec? Find(string id) => All.FirstOrDefault(f => f.Id == id);
}
