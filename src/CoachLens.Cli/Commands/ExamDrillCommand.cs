using CoachLens.Exam.Drill;
using CoachLens.Exam.Scoring;
using CoachLens.Exam.Sessions;

namespace CoachLens.Cli.Commands;

/// <summary>`coachlens exam drill`: the weak-area drill. Missed items come back until answered right twice in a row; progress is saved after every answer.</summary>
internal static class ExamDrillCommand
{
    public const int DefaultCount = 10;

    public static int Run(string[] args, ExamEnvironment env)
    {
        var parsed = Arguments.Parse(args, ExamContext.With("--kind", "--count", "--answers"), new HashSet<string> { "--reset" });
        var kind = ExamContext.KindOf(parsed.Option("--kind"));
        var count = ExamContext.CountOf(parsed, DefaultCount);
        var answers = parsed.Option("--answers");
        var reset = parsed.Flag("--reset");
        if (answers is null && !reset && !env.HasTerminal())
        {
            throw new UsageException("exam drill needs a terminal, or --answers FILE (see docs/exam.md)");
        }

        var ctx = ExamContext.Create(parsed, env, interactive: answers is null && !reset);
        if (reset)
        {
            ctx.Store.SaveDrill(DrillState.Empty);
            ctx.Line(ctx.Ui["drill.reset"]);
            return ExitCodes.Ok;
        }

        var state = ctx.Store.LoadDrill();
        var attempts = ctx.Store.LoadAttempts();
        var ids = DrillPlanner.Pick(ctx.Bank, state, attempts, count, kind)
            .Where(id => ctx.Bank.Get(id).IsCompleteIn(ctx.Language)).ToList();
        if (ids.Count == 0)
        {
            ctx.Line(ctx.Ui[attempts.Count == 0 ? "drill.noHistory" : "drill.nothingLeft"]);
            return ExitCodes.Ok;
        }

        ctx.Line(ctx.Ui.Format("drill.status", state.Active.Count(), state.Retired.Count(), DrillState.RetireAfter));
        ctx.Line(ctx.Ui.Format("drill.intro", ids.Count));
        var session = ExamSession.Untimed(SessionMode.Drill, null, ids, ctx.Language, ctx.Now);
        var run = new ExamRun(ctx, session, "this drill run")
        {
            Feedback = true,
            Answered = (item, answer) =>
            {
                state = state.Record(item.Id, Scorer.ScoreItem(item, answer).FullyCorrect);
                ctx.Store.SaveDrill(state);
                if (state.Entries[item.Id].Retired)
                {
                    ctx.Line(ctx.Ui.Format("drill.retired", item.Id, DrillState.RetireAfter));
                }
            },
        };
        var outcome = answers is null ? run.RunTerminal() : run.RunScripted(ExamAnswersFile.Read(answers));
        if (run.Session.AnsweredCount > 0)
        {
            ExamFinish.Complete(ctx, run.Session, outcome == ExamRunOutcome.TimeUp, addMissesToDrill: false);
        }

        ctx.Line(ctx.Ui.Format("drill.status", state.Active.Count(), state.Retired.Count(), DrillState.RetireAfter));
        return ExitCodes.Ok;
    }
}
