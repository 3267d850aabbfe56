using System.Globalization;
using CoachLens.Exam.Bank;
using CoachLens.Exam.Forms;
using CoachLens.Exam.Sessions;

namespace CoachLens.Cli.Commands;

/// <summary>`coachlens exam practice --competency N`: untimed items of one competency, each followed by its key and explanations.</summary>
internal static class ExamPracticeCommand
{
    public static int Run(string[] args, ExamEnvironment env)
    {
        var parsed = Arguments.Parse(args, ExamContext.With("--competency", "--kind", "--count", "--answers"), new HashSet<string>());
        var text = parsed.Option("--competency") ?? throw new UsageException("exam practice needs --competency N (1-8)");
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var competency) || !Competencies.IsValid(competency))
        {
            throw new UsageException($"--competency must be 1-8, not '{text}'");
        }

        var kind = ExamContext.KindOf(parsed.Option("--kind"));
        var count = ExamContext.CountOf(parsed, int.MaxValue);
        var answers = parsed.Option("--answers");
        if (answers is null && !env.HasTerminal())
        {
            throw new UsageException("exam practice needs a terminal, or --answers FILE (see docs/exam.md)");
        }

        var ctx = ExamContext.Create(parsed, env, interactive: answers is null);
        var attempts = ctx.Store.LoadAttempts();
        var candidates = ctx.Bank.Items
            .Where(i => i.Competency == competency && (kind is null || i.Kind == kind) && i.IsCompleteIn(ctx.Language))
            .Select(i => i.Id);

        // A different order on each practice run, yet reproducible from the saved history.
        var ids = StableOrder.Shuffle(candidates, $"practice/{attempts.Count}").Take(count).ToList();
        if (ids.Count == 0)
        {
            ctx.Line(ctx.Ui.Format("practice.none", competency));
            return ExitCodes.Ok;
        }

        ctx.Line(ctx.Ui.Format("practice.intro", competency, ctx.Ui.CompetencyName(competency), ids.Count));
        var session = ExamSession.Untimed(SessionMode.Practice, competency, ids, ctx.Language, ctx.Now);
        var run = new ExamRun(ctx, session, $"this practice run (competency {competency})") { Feedback = true };
        var outcome = answers is null ? run.RunTerminal() : run.RunScripted(ExamAnswersFile.Read(answers));
        if (run.Session.AnsweredCount == 0)
        {
            ctx.Line(ctx.Ui["run.nothingAnswered"]);
            return ExitCodes.Ok;
        }

        ExamFinish.Complete(ctx, run.Session, outcome == ExamRunOutcome.TimeUp, addMissesToDrill: true);
        return ExitCodes.Ok;
    }
}
