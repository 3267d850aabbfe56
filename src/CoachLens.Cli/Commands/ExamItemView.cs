using CoachLens.Exam.Bank;
using CoachLens.Exam.Scoring;
using CoachLens.Exam.Sessions;
using Spectre.Console;

namespace CoachLens.Cli.Commands;

/// <summary>Shows an item (stem and options) and, after it is answered, the key and the explanation of every option.</summary>
internal static class ExamItemView
{
    public static void Show(ExamContext ctx, ExamItem item, string header)
    {
        ctx.Console.Write(new Rule(Markup.Escape(header)).LeftJustified());
        ctx.Line();
        ctx.Line(item.StemIn(ctx.Language));
        ctx.Line();
        ctx.Console.Write(Options(item, ctx.Language, o => o.Text));
        ctx.Line();
    }

    /// <summary>The key and every option's explanation; with <paramref name="scored"/>, also the points the answer earned.</summary>
    public static void Explain(ExamContext ctx, ExamItem item, Answer? answer, bool scored = true)
    {
        var ui = ctx.Ui;
        var score = Scorer.ScoreItem(item, answer);
        ctx.Line(scored ? $"{ui.Format("review.points", score.Points, score.MaxPoints)}  {KeyLine(ctx, item)}" : KeyLine(ctx, item));
        if (scored && answer?.IsAnswered != true)
        {
            ctx.Line(ui["review.unanswered"]);
        }

        var grid = new Grid();
        grid.AddColumn(new GridColumn().NoWrap().PadRight(1));
        grid.AddColumn();
        foreach (var option in item.Options)
        {
            var text = item.OptionIn(option.Key, ctx.Language);
            var tags = Tags(ctx, item, option.Key, answer);
            var label = tags.Count == 0 ? string.Empty : $"[{string.Join(", ", tags)}] ";
            grid.AddRow(new Spectre.Console.Text(option.Key.ToString()), new Spectre.Console.Text($"{text.Text}\n{label}{text.Explanation}"));
        }

        ctx.Console.Write(grid);
        ctx.Line(ui.Format("review.subitems", item.Competency, ui.CompetencyName(item.Competency), string.Join(", ", item.SubItems)));
        ctx.Line();
    }

    public static string KeyLine(ExamContext ctx, ExamItem item) =>
        item.Kind == ItemKind.Situational
            ? ctx.Ui.Format("review.key.situational", item.Key, item.Worst)
            : ctx.Ui.Format("review.key.knowledge", item.Key);

    private static Grid Options(ExamItem item, ExamLanguage language, Func<OptionText, string> pick)
    {
        var grid = new Grid();
        grid.AddColumn(new GridColumn().NoWrap().PadRight(1));
        grid.AddColumn();
        foreach (var option in item.Options)
        {
            grid.AddRow(new Spectre.Console.Text($" {option.Key}", new Style(decoration: Decoration.Bold)), new Spectre.Console.Text(pick(item.OptionIn(option.Key, language))));
        }

        return grid;
    }

    private static List<string> Tags(ExamContext ctx, ExamItem item, char key, Answer? answer)
    {
        var ui = ctx.Ui;
        var tags = new List<string>();
        var situational = item.Kind == ItemKind.Situational;
        if (key == item.Key)
        {
            tags.Add(ui[situational ? "review.tag.best" : "review.tag.correct"]);
        }

        if (situational && key == item.Worst)
        {
            tags.Add(ui["review.tag.worst"]);
        }

        if (answer?.Best == key)
        {
            tags.Add(ui[situational ? "review.tag.yourBest" : "review.tag.yourAnswer"]);
        }

        if (situational && answer?.Worst == key)
        {
            tags.Add(ui["review.tag.yourWorst"]);
        }

        return tags;
    }
}
