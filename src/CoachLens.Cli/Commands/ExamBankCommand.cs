using System.Globalization;
using System.Text.Json;
using CoachLens.Exam.Bank;
using CoachLens.Exam.Forms;
using CoachLens.Exam.Quality;
using Spectre.Console;

namespace CoachLens.Cli.Commands;

/// <summary>`coachlens exam bank [--json] [--stats]`: what the item bank holds, what it still lacks, and its quality figures.</summary>
internal static class ExamBankCommand
{
    public static int Run(string[] args, ExamEnvironment env)
    {
        var parsed = Arguments.Parse(args, ExamContext.With(), new HashSet<string> { "--json", "--stats" });
        var ctx = ExamContext.Create(parsed, env, interactive: false);
        if (parsed.Flag("--json") && parsed.Flag("--stats"))
        {
            throw new UsageException("use --json or --stats, not both");
        }

        if (parsed.Flag("--json"))
        {
            env.Stdout.WriteLine(Json(ctx.Bank));
        }
        else if (parsed.Flag("--stats"))
        {
            Stats(ctx);
        }
        else
        {
            Summary(ctx);
        }

        return ExitCodes.Ok;
    }

    /// <summary>The shape issue 8 fixes: {"situational", "knowledge", "byCompetency": {"1".."8"}, "languages": {"en", "tr"}}; a language counts the items complete in it.</summary>
    public static string Json(ItemBank bank)
    {
        var doc = new
        {
            situational = bank.OfKind(ItemKind.Situational).Count(),
            knowledge = bank.OfKind(ItemKind.Knowledge).Count(),
            byCompetency = Competencies.All.ToDictionary(c => c.ToString(CultureInfo.InvariantCulture), c => bank.Items.Count(i => i.Competency == c)),
            languages = ExamLanguages.All.ToDictionary(l => l.Code(), l => bank.Items.Count(i => i.IsCompleteIn(l))),
        };
        return JsonSerializer.Serialize(doc);
    }

    private static void Summary(ExamContext ctx)
    {
        var ui = ctx.Ui;
        var bank = ctx.Bank;
        var table = new Table().Title(Markup.Escape(ui["bank.title"])).LeftAligned();
        foreach (var column in new[] { ui["bank.col.competency"], ui["bank.col.situational"], ui["bank.col.knowledge"], ui["bank.col.complete"] })
        {
            table.AddColumn(Markup.Escape(column));
        }

        foreach (var c in Competencies.All)
        {
            var items = bank.Items.Where(i => i.Competency == c).ToList();
            table.AddRow(
                Markup.Escape($"{c}. {ui.CompetencyName(c)}"),
                Have(items.Count(i => i.Kind == ItemKind.Situational), BankTargets.For(ItemKind.Situational, c)),
                Have(items.Count(i => i.Kind == ItemKind.Knowledge), BankTargets.For(ItemKind.Knowledge, c)),
                $"{items.Count(i => i.IsCompleteIn(ExamLanguage.En))} / {items.Count(i => i.IsCompleteIn(ExamLanguage.Tr))}");
        }

        table.AddRow(
            Markup.Escape(ui["bank.total"]),
            Have(bank.OfKind(ItemKind.Situational).Count(), BankTargets.Total(ItemKind.Situational)),
            Have(bank.OfKind(ItemKind.Knowledge).Count(), BankTargets.Total(ItemKind.Knowledge)),
            $"{bank.Items.Count(i => i.IsCompleteIn(ExamLanguage.En))} / {bank.Items.Count(i => i.IsCompleteIn(ExamLanguage.Tr))}");
        ctx.Console.Write(table);
        ctx.Line(ui["bank.legend"]);
        ctx.Line();

        var trust = bank.Items.Where(i => i.Competency == 4).ToList();
        ctx.Line(ui.Format("bank.trust", trust.Count, BankTargets.MinimumTrustAndSafety,
            string.Join(", ", BankTargets.TrustTopics.Select(t => $"{t} {trust.Count(i => i.Topic == t)}"))));
        foreach (var spec in FormSpec.All)
        {
            var built = FormBuilder.Build(bank, spec.Id);
            ctx.Line(built.Form is { } form
                ? ui.Format("bank.form.ready", spec.Id, form.ItemCount, string.Join(" ", Competencies.All.Select(c => $"{c}:{form.ItemIds.Count(id => bank.Get(id).Competency == c)}")))
                : ui.Format("bank.form.short", spec.Id, string.Join("; ", built.Shortages.Select(x =>
                    ui.Format("bank.form.shortage", x.Competency, x.Have, ui[x.Kind == ItemKind.Situational ? "kind.situational" : "kind.knowledge"], x.Need)))));
        }
    }

    private static string Have(int have, int target) =>
        have >= target ? $"{have} / {target}" : $"{have} / {target} [red](-{target - have})[/]";

    private static void Stats(ExamContext ctx)
    {
        var ui = ctx.Ui;
        var stats = BankStats.Compute(ctx.Bank);
        static string Positions(IReadOnlyDictionary<char, int> p) => string.Join("  ", p.Select(x => $"{x.Key}:{x.Value}"));
        ctx.Line(ui.Format("stats.positions.best", Positions(stats.BestPositions)));
        ctx.Line(ui.Format("stats.positions.worst", Positions(stats.WorstPositions)));
        ctx.Line(ui.Format("stats.positions.answer", Positions(stats.AnswerPositions)));
        ctx.Line();
        var table = new Table().Title(Markup.Escape(ui["stats.length.title"])).LeftAligned();
        foreach (var column in new[] { ui["stats.col.kind"], ui["stats.col.lang"], ui["stats.col.keyed"], ui["stats.col.other"], ui["stats.col.ratio"], ui["stats.col.longest"] })
        {
            table.AddColumn(Markup.Escape(column));
        }

        foreach (var l in stats.Lengths)
        {
            table.AddRow(Markup.Escape(ui[$"kind.{l.Kind}"]), l.Language, l.KeyedMean.ToString("0.0", ui.Culture), l.OtherMean.ToString("0.0", ui.Culture),
                l.Ratio.ToString("0.00", ui.Culture), Markup.Escape(ui.Percent(100 * l.LongestIsKeyedShare)));
        }

        ctx.Console.Write(table);
        ctx.Line(ui["stats.length.note"]);
        ctx.Line();
        ctx.Line(ui.Format("stats.similar", QualityLimits.NearDuplicateStems.ToString("0.0#", ui.Culture)));
        foreach (var pair in stats.MostSimilarStems)
        {
            ctx.Line($"  {pair.First} ~ {pair.Second}: {pair.Similarity.ToString("0.00", ui.Culture)}");
        }
    }
}
