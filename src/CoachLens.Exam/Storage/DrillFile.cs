using CoachLens.Exam.Drill;

namespace CoachLens.Exam.Storage;

/// <summary>drill.json: the weak-area drill's entries.</summary>
internal sealed record DrillFile(int Version, IReadOnlyList<DrillEntry> Items);
