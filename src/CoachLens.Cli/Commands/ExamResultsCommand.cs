using System.Globalization;
using System.Text.Json;
using CoachLens.Exam.Scoring;
using Spectre.Console;

namespace CoachLens.Cli.Commands;

/// <summary>`coachlens exam results`: progress across attempts and the full breakdown of one attempt (the last by default).</summary>
internal static class ExamResultsCommand
{
    public static int Run(string[] args, ExamEnvironment env)
    {
        var parsed = Arguments.Parse(args, ExamContext.With("--attempt"), new HashSet<string> { "--json" });
        var ctx = ExamContext.Create(parsed, env, interactive: false);
        var attempts = ctx.Store.LoadAttempts();
        if (parsed.Flag("--json"))
        {
            env.Stdout.WriteLine(Json(ctx, attempts));
            return ExitCodes.Ok;
        }

        if (attempts.Count == 0)
        {
            ctx.Line(ctx.Ui["results.none"]);
            return ExitCodes.Ok;
        }

        var selected = Select(attempts, parsed.Option("--attempt"));
        if (ctx.LanguageOption is null)
        {
            ctx.UseLanguage(selected.Language);
        }

        var ui = ctx.Ui;
        var table = new Table().Title(Markup.Escape(ui["results.progress"])).LeftAligned();
        foreach (var column in new[] { "#", ui["results.col.date"], ui["results.col.track"], ui["results.col.points"], ui["results.col.score"], ui["results.col.bestAcc"], ui["results.col.worstAcc"], ui["results.col.change"] })
        {
            table.AddColumn(Markup.Escape(column));
        }

        foreach (var row in AttemptProgress.Of(attempts))
        {
            var a = row.Attempt;
            var result = a.Score(ctx.Bank);
            var situational = result.BestPicks.Total > 0;
            table.AddRow(
                row.Number.ToString(CultureInfo.InvariantCulture),
                a.FinishedAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
                Markup.Escape(ExamResultsView.Title(ctx, a)),
                $"{a.Points}/{a.MaxPoints}",
                Markup.Escape(ui.Percent(a.Percent)),
                situational ? Markup.Escape(ui.Percent(result.BestPicks.Percent)) : "-",
                situational ? Markup.Escape(ui.Percent(result.WorstPicks.Percent)) : "-",
                row.ChangeSincePrevious is { } change ? (change >= 0 ? "+" : "-") + Markup.Escape(ui.Percent(Math.Abs(change))) : "-");
        }

        ctx.Console.Write(table);
        ctx.Line();
        ExamResultsView.Show(ctx, selected, selected.Score(ctx.Bank));
        return ExitCodes.Ok;
    }

    /// <summary>An attempt by its number in the progress table or its id; the last one when none is asked for.</summary>
    public static Attempt Select(IReadOnlyList<Attempt> attempts, string? which)
    {
        var ordered = attempts.OrderBy(a => a.FinishedAt).ToList();
        if (which is null)
        {
            return ordered[^1];
        }

        if (int.TryParse(which, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1 && n <= ordered.Count)
        {
            return ordered[n - 1];
        }

        return ordered.FirstOrDefault(a => a.Id == which)
            ?? throw new UsageException($"no attempt '{which}' (use a number from 'coachlens exam results' or an attempt id)");
    }

    private static string Json(ExamContext ctx, IReadOnlyList<Attempt> attempts)
    {
        var rows = AttemptProgress.Of(attempts).Select(row =>
        {
            var a = row.Attempt;
            var result = a.Score(ctx.Bank);
            return new
            {
                number = row.Number,
                id = a.Id,
                track = a.Track,
                mode = a.Mode.ToString().ToLowerInvariant(),
                form = a.FormId,
                language = a.Language.ToString().ToLowerInvariant(),
                finishedAt = a.FinishedAt,
                elapsedSeconds = (int)a.Elapsed.TotalSeconds,
                timeExpired = a.TimeExpired,
                points = a.Points,
                maxPoints = a.MaxPoints,
                practiceScorePercent = Math.Round(a.Percent, 1),
                changeSincePrevious = row.ChangeSincePrevious is { } c ? Math.Round(c, 1) : (double?)null,
                bestPicks = new { correct = result.BestPicks.Correct, total = result.BestPicks.Total },
                worstPicks = new { correct = result.WorstPicks.Correct, total = result.WorstPicks.Total },
                knowledgeAnswers = new { correct = result.KnowledgeAnswers.Correct, total = result.KnowledgeAnswers.Total },
                unanswered = result.Unanswered,
                byCompetency = result.ByCompetency.ToDictionary(x => x.Area, x => new { items = x.Items, points = x.Points, maxPoints = x.MaxPoints }),
                byDomain = result.ByDomain.ToDictionary(x => x.Area, x => new { items = x.Items, points = x.Points, maxPoints = x.MaxPoints }),
            };
        });
        var doc = new
        {
            note = ctx.Ui["results.caveat"],
            attempts = rows.ToList(),
        };
        return JsonSerializer.Serialize(doc, new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }
}
