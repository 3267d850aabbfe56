using CoachLens.Exam.Scoring;

namespace CoachLens.Exam.Storage;

/// <summary>attempts.json: every finished sitting, oldest first.</summary>
internal sealed record AttemptsFile(int Version, IReadOnlyList<Attempt> Attempts);
