using CoachLens.Exam.Forms;
using CoachLens.Exam.Localization;

namespace CoachLens.Cli.Commands;

/// <summary>`coachlens exam start --form pcc-a|pcc-b|acc`: a full timed form; a paused form resumes where it stopped.</summary>
internal static class ExamStartCommand
{
    public static int Run(string[] args, ExamEnvironment env)
    {
        var parsed = Arguments.Parse(args, ExamContext.With("--form", "--answers"), new HashSet<string> { "--restart" });
        if (parsed.Positionals.Count > 0)
        {
            throw new UsageException($"exam start takes no positional arguments ('{parsed.Positionals[0]}')");
        }

        var formId = parsed.Option("--form") ?? throw new UsageException("exam start needs --form pcc-a|pcc-b|acc");
        if (FormSpec.Find(formId) is null)
        {
            throw new UsageException($"--form must be pcc-a, pcc-b or acc, not '{formId}'");
        }

        var answers = parsed.Option("--answers");
        if (answers is null && !env.HasTerminal())
        {
            throw new UsageException("exam start needs a terminal, or --answers FILE (see docs/exam.md)");
        }

        var ctx = ExamContext.Create(parsed, env, interactive: answers is null);
        var build = FormBuilder.Build(ctx.Bank, formId);
        if (build.Form is not { } form)
        {
            env.Stderr.WriteLine($"coachlens: the item bank cannot fill form {formId} yet:");
            foreach (var shortage in build.Shortages)
            {
                env.Stderr.WriteLine($"  {shortage}");
            }

            return ExitCodes.Failure;
        }

        if (parsed.Flag("--restart"))
        {
            ctx.Store.DeleteSession(formId);
        }

        var session = ctx.Store.LoadSession(formId);
        if (session is not null)
        {
            if (session.ItemIds.Any(id => !ctx.Bank.TryGet(id, out _)))
            {
                throw new ExamInputException($"the saved form {formId} uses items that are no longer in the bank; start it again with --restart");
            }

            session = session with { Language = ctx.LanguageOption ?? session.Language };
            ctx.UseLanguage(session.Language);
            ctx.Line(ctx.Ui.Format("run.resuming", formId, session.AnsweredCount, session.ItemIds.Count, UiText.Clock(session.TimeLeft(ctx.Now) ?? TimeSpan.Zero)));
        }
        else
        {
            session = Exam.Sessions.ExamSession.ForForm(form, ctx.Language, ctx.Now);
            ctx.Line(ctx.Ui.Format("run.starting.form", formId, form.ItemCount, form.Sections.Count, UiText.Clock(form.TimeLimit)));
        }

        var run = new ExamRun(ctx, session, $"form {formId}") { Save = ctx.Store.SaveSession };
        var outcome = answers is null ? run.RunTerminal() : run.RunScripted(ExamAnswersFile.Read(answers));
        if (outcome == ExamRunOutcome.Paused)
        {
            var paused = run.Session;
            ctx.Line(ctx.Ui.Format("run.paused", paused.AnsweredCount, paused.ItemIds.Count, UiText.Clock(paused.TimeLeft(ctx.Now) ?? TimeSpan.Zero), formId));
            return ExitCodes.Ok;
        }

        ExamFinish.Complete(ctx, run.Session, outcome == ExamRunOutcome.TimeUp, addMissesToDrill: true);
        return ExitCodes.Ok;
    }
}
