using CoachLens.Exam.Sessions;

namespace CoachLens.Exam.Storage;

/// <summary>session-FORM.json: a form in progress (paused or interrupted).</summary>
internal sealed record SessionFile(int Version, ExamSession Session);
