using CoachLens.Exam.Bank;
using CoachLens.Exam.Sessions;

namespace CoachLens.Cli.Commands;

/// <summary>
/// Drives one session from an answers file or from the terminal. After every answer the session is saved
/// (forms) and the <see cref="Answered"/> hook runs (the drill records its streaks there), so stopping at
/// any moment loses nothing already answered.
/// </summary>
internal sealed partial class ExamRun(ExamContext ctx, ExamSession session, string description)
{
    public ExamSession Session { get; private set; } = session;

    /// <summary>Saves the session after each change; set for forms, which can be resumed.</summary>
    public Action<ExamSession>? Save { get; init; }

    public Action<ExamItem, Answer>? Answered { get; init; }

    /// <summary>Show the key and the explanations right after each answer (practice and drill).</summary>
    public bool Feedback { get; init; }

    private bool IsForm => Session.Mode == SessionMode.Form;

    public ExamRunOutcome RunScripted(IReadOnlyList<ExamScriptLine> lines)
    {
        ExamAnswersFile.Check(lines, Session, ctx.Bank, description);
        Session = Session with { Timer = Session.Timer.Start(ctx.Now) };
        var recorded = 0;
        foreach (var line in lines)
        {
            if (Session.IsTimeUp(ctx.Now))
            {
                return Stop(ExamRunOutcome.TimeUp, recorded);
            }

            if (line.Pause)
            {
                return Stop(IsForm ? ExamRunOutcome.Paused : ExamRunOutcome.Finished, recorded);
            }

            if (line.Answer is { IsAnswered: true } answer)
            {
                Apply(answer);
                recorded++;
                if (Feedback)
                {
                    var item = ctx.Bank.Get(answer.ItemId);
                    var score = Exam.Scoring.Scorer.ScoreItem(item, answer);
                    ctx.Line(ctx.Ui.Format("run.feedback.line", item.Id, score.Points, score.MaxPoints, ExamItemView.KeyLine(ctx, item)));
                }
            }
        }

        return Stop(Session.IsTimeUp(ctx.Now) ? ExamRunOutcome.TimeUp : ExamRunOutcome.Finished, recorded);
    }

    private ExamRunOutcome Stop(ExamRunOutcome outcome, int recorded)
    {
        ctx.Line(ctx.Ui.Format("run.recorded", recorded));
        return Pause(outcome);
    }

    /// <summary>Stops the timer and saves, whatever the outcome; a finished form's file is removed by the caller once the attempt is stored.</summary>
    private ExamRunOutcome Pause(ExamRunOutcome outcome)
    {
        Session = Session with { Timer = Session.Timer.Pause(ctx.Now) };
        Save?.Invoke(Session);
        return outcome;
    }

    private void Apply(Answer answer)
    {
        Session = Session.WithAnswer(answer) with { Timer = Session.Timer.Checkpoint(ctx.Now) };
        Save?.Invoke(Session);
        Answered?.Invoke(ctx.Bank.Get(answer.ItemId), answer);
    }
}
