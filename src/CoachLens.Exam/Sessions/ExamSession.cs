using System.Collections.Immutable;
using System.Text.Json.Serialization;
using CoachLens.Exam.Bank;
using CoachLens.Exam.Forms;

namespace CoachLens.Exam.Sessions;

/// <summary>
/// One sitting: which items, in which sections, the answers so far and the timer. Immutable: every change
/// returns a new session, which the caller saves, so a crash or a pause never loses an answer.
/// </summary>
public sealed record ExamSession(
    string Id,
    SessionMode Mode,
    string? FormId,
    int? Competency,
    ExamLanguage Language,
    IReadOnlyList<FormSection> Sections,
    ImmutableDictionary<string, Answer> Answers,
    TimeSpan? TimeLimit,
    ExamTimer Timer,
    DateTimeOffset StartedAt,
    int CurrentSection)
{
    [JsonIgnore]
    public IReadOnlyList<string> ItemIds => Sections.SelectMany(s => s.ItemIds).ToList();

    [JsonIgnore]
    public int AnsweredCount => Answers.Values.Count(a => a.IsAnswered);

    /// <summary>A key naming what this session is, for resuming and for progress across attempts: "pcc-a", "practice-4", "drill".</summary>
    [JsonIgnore]
    public string Track => FormId ?? (Mode == SessionMode.Practice ? $"practice-{Competency}" : "drill");

    public static ExamSession ForForm(ExamForm form, ExamLanguage language, DateTimeOffset now) =>
        new(NewId(now, form.Id), SessionMode.Form, form.Id, null, language, form.Sections,
            ImmutableDictionary<string, Answer>.Empty, form.TimeLimit, ExamTimer.New, now, 1);

    public static ExamSession Untimed(SessionMode mode, int? competency, IReadOnlyList<string> itemIds, ExamLanguage language, DateTimeOffset now) =>
        new(NewId(now, mode.ToString().ToLowerInvariant()), mode, null, competency, language, [new FormSection(1, itemIds)],
            ImmutableDictionary<string, Answer>.Empty, null, ExamTimer.New, now, 1);

    public bool Contains(string itemId) => Sections.Any(s => s.ItemIds.Contains(itemId));

    public Answer? AnswerFor(string itemId) => Answers.GetValueOrDefault(itemId);

    public ExamSession WithAnswer(Answer answer) =>
        Contains(answer.ItemId)
            ? this with { Answers = Answers.SetItem(answer.ItemId, answer) }
            : throw new ArgumentException($"item {answer.ItemId} is not part of this session", nameof(answer));

    public IEnumerable<string> UnansweredIn(int section) =>
        Sections[section - 1].ItemIds.Where(id => AnswerFor(id)?.IsAnswered != true);

    public TimeSpan? TimeLeft(DateTimeOffset now) =>
        TimeLimit is { } limit ? (limit - Timer.ElapsedAt(now) is var left && left > TimeSpan.Zero ? left : TimeSpan.Zero) : null;

    public bool IsTimeUp(DateTimeOffset now) => TimeLeft(now) == TimeSpan.Zero;

    private static string NewId(DateTimeOffset now, string what) =>
        $"{now.UtcDateTime:yyyyMMdd'T'HHmmssfff'Z'}-{what}";
}
