using Spectre.Console;

namespace CoachLens.Cli.Commands;

/// <summary>`coachlens exam review`: the items of an attempt with your picks, the keys and the explanation of every option.</summary>
internal static class ExamReviewCommand
{
    public static int Run(string[] args, ExamEnvironment env)
    {
        var parsed = Arguments.Parse(args, ExamContext.With("--attempt", "--item"), new HashSet<string> { "--all" });
        var ctx = ExamContext.Create(parsed, env, interactive: false);
        if (parsed.Option("--item") is { } itemId)
        {
            var item = ctx.Bank.TryGet(itemId, out var found) ? found : throw new UsageException($"no item '{itemId}' in the bank");
            Show(ctx, item, null, scored: false);
            return ExitCodes.Ok;
        }

        var attempts = ctx.Store.LoadAttempts();
        if (attempts.Count == 0)
        {
            ctx.Line(ctx.Ui["results.none"]);
            return ExitCodes.Ok;
        }

        var attempt = ExamResultsCommand.Select(attempts, parsed.Option("--attempt"));
        if (ctx.LanguageOption is null)
        {
            ctx.UseLanguage(attempt.Language);
        }

        var answers = attempt.AnswersById;
        var scores = attempt.Score(ctx.Bank).Items;
        var shown = parsed.Flag("--all") ? scores : scores.Where(s => !s.FullyCorrect).ToList();
        ctx.Line(ctx.Ui.Format("review.intro", ExamResultsView.Title(ctx, attempt), attempt.FinishedAt.ToString("yyyy-MM-dd HH:mm", ctx.Ui.Culture), scores.Count, shown.Count));
        ctx.Line(ctx.Ui[parsed.Flag("--all") ? "review.showingAll" : "review.showingMissed"]);
        ctx.Line();
        foreach (var score in shown)
        {
            Show(ctx, ctx.Bank.Get(score.ItemId), answers.GetValueOrDefault(score.ItemId), scored: true);
        }

        return ExitCodes.Ok;
    }

    private static void Show(ExamContext ctx, Exam.Bank.ExamItem item, Exam.Sessions.Answer? answer, bool scored)
    {
        var header = $"{item.Id} · {ctx.Ui.Format("review.competency", item.Competency, ctx.Ui.CompetencyName(item.Competency))}";
        ctx.Console.Write(new Rule(Markup.Escape(header)).LeftJustified());
        ctx.Line(item.StemIn(ctx.Language));
        ctx.Line();
        ExamItemView.Explain(ctx, item, answer, scored);
    }
}
