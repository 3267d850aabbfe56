using System.Globalization;
using CoachLens.Evaluation;
using CoachLens.Training;

namespace CoachLens.Cli.Commands;

/// <summary>
/// `coachlens eval GOLD.jsonl`: codes the gold transcripts and prints precision, recall and F1 per code and
/// the macro F1. The trained model is cross-validated by transcript when the gold set is its training data.
/// </summary>
public static class EvalCommand
{
    private static readonly HashSet<string> ValueOptions = ["--folds", "--codes"];
    private static readonly HashSet<string> FlagOptions = ["--cv", "--shipped"];

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var parsed = Arguments.Parse(args, ValueOptions, FlagOptions);
        if (parsed.Positionals.Count != 1)
        {
            throw new UsageException("eval needs exactly one gold file (JSON Lines: {\"id\", \"turns\": [{\"speaker\", \"text\", \"labels\"}]})");
        }

        if (parsed.Flag("--cv") && parsed.Flag("--shipped"))
        {
            throw new UsageException("choose --cv or --shipped, not both");
        }

        var folds = 5;
        if (parsed.Option("--folds") is { } f && (!int.TryParse(f, NumberStyles.None, CultureInfo.InvariantCulture, out folds) || folds < 2))
        {
            throw new UsageException($"--folds needs a whole number of at least 2, not '{f}'");
        }

        var codes = parsed.Option("--codes")?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var unknown = codes?.FirstOrDefault(c => c != Evaluator.Question && !Detection.Behaviors.All.Contains(c));
        if (unknown is not null)
        {
            throw new UsageException($"unknown code '{unknown}' in --codes");
        }

        var path = parsed.Positionals[0];
        IReadOnlyList<GoldDocument> gold;
        try
        {
            using var reader = new StreamReader(path);
            gold = GoldSet.Read(reader);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            stderr.WriteLine($"coachlens: {path}: {ex.Message}");
            return ExitCodes.InputError;
        }

        var mode = parsed.Flag("--cv") ? EvaluationMode.CrossValidated : parsed.Flag("--shipped") ? EvaluationMode.Shipped : EvaluationMode.Auto;
        if (mode == EvaluationMode.CrossValidated && gold.Count < folds)
        {
            throw new UsageException($"{folds}-fold cross-validation needs at least {folds} transcripts; {path} has {gold.Count}");
        }

        var result = GoldEvaluation.Run(gold, mode, folds, codes);
        foreach (var note in result.Notes)
        {
            stdout.WriteLine(note);
        }

        stdout.Write(ScorecardText.Format(result.Card));
        return ExitCodes.Ok;
    }
}
