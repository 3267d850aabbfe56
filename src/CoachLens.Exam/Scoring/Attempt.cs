using System.Text.Json.Serialization;
using CoachLens.Exam.Bank;
using CoachLens.Exam.Sessions;

namespace CoachLens.Exam.Scoring;

/// <summary>A finished sitting as kept in the history: the answers and the score it had when it ended.</summary>
public sealed record Attempt(
    string Id,
    SessionMode Mode,
    string Track,
    string? FormId,
    int? Competency,
    ExamLanguage Language,
    DateTimeOffset StartedAt,
    DateTimeOffset FinishedAt,
    TimeSpan Elapsed,
    bool TimeExpired,
    IReadOnlyList<string> ItemIds,
    IReadOnlyList<Answer> Answers,
    int Points,
    int MaxPoints)
{
    [JsonIgnore]
    public double Percent => MaxPoints == 0 ? 0 : 100.0 * Points / MaxPoints;

    [JsonIgnore]
    public IReadOnlyDictionary<string, Answer> AnswersById => Answers.ToDictionary(a => a.ItemId, StringComparer.Ordinal);

    /// <summary>Closes a session: practice and drill keep only the items that were answered, a form keeps all of them.</summary>
    public static Attempt From(ExamSession session, ItemBank bank, DateTimeOffset now, bool timeExpired)
    {
        var ids = session.Mode == SessionMode.Form
            ? session.ItemIds
            : session.ItemIds.Where(id => session.AnswerFor(id)?.IsAnswered == true).ToList();
        var answers = ids.Select(id => session.AnswerFor(id)).OfType<Answer>().ToList();
        var result = Scorer.Score(ids, session.Answers, bank);
        return new Attempt(session.Id, session.Mode, session.Track, session.FormId, session.Competency, session.Language,
            session.StartedAt, now, session.Timer.ElapsedAt(now), timeExpired, ids, answers, result.Points, result.MaxPoints);
    }

    public ExamResult Score(ItemBank bank) => Scorer.Score(ItemIds, AnswersById, bank);
}
