using CoachLens.Exam.Scoring;
using CoachLens.Exam.Sessions;

namespace CoachLens.Cli.Commands;

/// <summary>Closes a session: stores the attempt, feeds missed items to the drill, removes a finished form's saved state, shows the results.</summary>
internal static class ExamFinish
{
    public static Attempt Complete(ExamContext ctx, ExamSession session, bool timeUp, bool addMissesToDrill)
    {
        var attempt = Attempt.From(session, ctx.Bank, ctx.Now, timeUp);
        ctx.Store.AddAttempt(attempt);
        var result = attempt.Score(ctx.Bank);
        if (addMissesToDrill)
        {
            var missed = result.Items.Where(i => i.Answered && !i.FullyCorrect).Select(i => i.ItemId).ToList();
            if (missed.Count > 0)
            {
                ctx.Store.SaveDrill(ctx.Store.LoadDrill().AddMisses(missed));
            }
        }

        if (session.FormId is { } form)
        {
            ctx.Store.DeleteSession(form);
        }

        if (timeUp)
        {
            ctx.Line(ctx.Ui["run.timeUp"]);
        }

        ctx.Line();
        ExamResultsView.Show(ctx, attempt, result);
        ctx.Line(ctx.Ui["run.reviewHint"]);
        return attempt;
    }
}
