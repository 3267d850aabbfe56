using CoachLens.Exam.Localization;
using CoachLens.Exam.Scoring;
using Spectre.Console;

namespace CoachLens.Cli.Commands;

/// <summary>Shows a scored attempt: the practice score with its caveat, best and worst accuracy, and points by competency and domain.</summary>
internal static class ExamResultsView
{
    public static void Show(ExamContext ctx, Attempt attempt, ExamResult result)
    {
        var ui = ctx.Ui;
        ctx.Console.Write(new Rule(Markup.Escape(ui.Format("results.title", Title(ctx, attempt)))).LeftJustified());
        ctx.Console.MarkupLine("[bold]" + Markup.Escape(ui.Format("results.score", ui.Percent(result.Percent), result.Points, result.MaxPoints)) + "[/]");
        if (result.BestPicks.Total > 0)
        {
            ctx.Line(ui.Format("results.best", ui.Percent(result.BestPicks.Percent), result.BestPicks.Correct, result.BestPicks.Total));
            ctx.Line(ui.Format("results.worst", ui.Percent(result.WorstPicks.Percent), result.WorstPicks.Correct, result.WorstPicks.Total));
        }

        if (result.KnowledgeAnswers.Total > 0)
        {
            ctx.Line(ui.Format("results.knowledge", ui.Percent(result.KnowledgeAnswers.Percent), result.KnowledgeAnswers.Correct, result.KnowledgeAnswers.Total));
        }

        ctx.Line(ui.Format("results.unanswered", result.Unanswered));
        ctx.Line(attempt.FormId is null
            ? ui.Format("results.time", UiText.Clock(attempt.Elapsed))
            : ui.Format("results.timeOf", UiText.Clock(attempt.Elapsed), UiText.Clock(FormTime(attempt))));
        if (attempt.TimeExpired)
        {
            ctx.Line(ui["results.timeExpired"]);
        }

        ctx.Line();
        ctx.Console.Write(AreaTable(ctx, ui["results.byCompetency"], result.ByCompetency, c => $"{c}. {ui.CompetencyName(int.Parse(c, System.Globalization.CultureInfo.InvariantCulture))}"));
        ctx.Console.Write(AreaTable(ctx, ui["results.byDomain"], result.ByDomain, d => $"{d}. {ui.DomainName(d[0])}"));
        Caveat(ctx);
    }

    public static void Caveat(ExamContext ctx)
    {
        ctx.Line();
        ctx.Console.Write(new Panel(new Spectre.Console.Text(ctx.Ui["results.caveat"])).Header(Markup.Escape(ctx.Ui["results.caveatTitle"])).Expand());
    }

    public static string Title(ExamContext ctx, Attempt attempt) =>
        attempt.FormId is { } form ? form
        : attempt.Competency is { } c ? ctx.Ui.Format("results.track.practice", c)
        : ctx.Ui["results.track.drill"];

    private static TimeSpan FormTime(Attempt attempt) =>
        Exam.Forms.FormSpec.Find(attempt.FormId!)?.TimeLimit ?? TimeSpan.Zero;

    private static Table AreaTable(ExamContext ctx, string title, IReadOnlyList<AreaScore> areas, Func<string, string> name)
    {
        var ui = ctx.Ui;
        var table = new Table().Title(Markup.Escape(title)).LeftAligned();
        table.AddColumn(Markup.Escape(ui["results.col.area"]));
        table.AddColumn(new TableColumn(Markup.Escape(ui["results.col.items"])).RightAligned());
        table.AddColumn(new TableColumn(Markup.Escape(ui["results.col.points"])).RightAligned());
        table.AddColumn(new TableColumn(Markup.Escape(ui["results.col.percent"])).RightAligned());
        foreach (var a in areas)
        {
            table.AddRow(Markup.Escape(name(a.Area)), a.Items.ToString(ui.Culture), $"{a.Points}/{a.MaxPoints}", Markup.Escape(ui.Percent(a.Percent)));
        }

        return table;
    }
}
