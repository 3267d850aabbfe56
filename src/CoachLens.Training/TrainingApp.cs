using System.Globalization;
using System.Security.Cryptography;
using CoachLens.Detectors.CoachTalk;
using CoachLens.Evaluation;

namespace CoachLens.Training;

/// <summary>
/// `dotnet run --project src/CoachLens.Training -- train|cv [--gold FILE] [--out FILE] [--folds N] [--l2 X]`.
/// train writes the shipped model (src/CoachLens/Detectors/CoachTalk/Data/talk-model.data.json by default);
/// cv prints grouped cross-validated scores without writing anything.
/// </summary>
public static class TrainingApp
{
    public const string Usage = """
        Usage: dotnet run --project src/CoachLens.Training -- <command> [options]

        Commands:
          train [--gold FILE] [--out FILE]   Train the coach-talk model and write its data file.
          cv [--gold FILE] [--folds N]       Cross-validate (grouped by transcript) and print the scores.
          explain "Client: … || Coach: …" [--model FILE]
                                             Show the model's probabilities and strongest features for the last coach turn.

        Options: --l2 X (penalty), --min-count N (feature frequency), and per head ("advice=3,information=2"):
        --head-l2, --positive-weight, --threshold.
        --gold defaults to $COACHLENS_SHARED_DATA/annomi-dev/gold.jsonl or ../shared/data/annomi-dev/gold.jsonl.
        """;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length == 0 || args[0] is "help" or "--help")
        {
            stdout.WriteLine(Usage);
            return args.Length == 0 ? 2 : 0;
        }

        if (args[0] == "explain" && args.Length >= 2)
        {
            var model = args.Length >= 4 && args[2] == "--model" ? Learning.LinearModel.Parse(File.OpenRead(args[3])) : TalkModel.Default;
            Explain.Write(args[1], model, stdout);
            return 0;
        }

        var options = ParseOptions(args[1..]);
        var goldPath = options.GetValueOrDefault("--gold") ?? DataPaths.AnnomiGold();
        if (goldPath is null || !File.Exists(goldPath))
        {
            stderr.WriteLine("training: no gold file (give --gold FILE or set COACHLENS_SHARED_DATA)");
            return 3;
        }

        var trainer = Defaults.Trainer with
        {
            L2 = options.TryGetValue("--l2", out var l2) ? double.Parse(l2, CultureInfo.InvariantCulture) : Defaults.Trainer.L2,
            MinCount = options.TryGetValue("--min-count", out var mc) ? int.Parse(mc, CultureInfo.InvariantCulture) : Defaults.Trainer.MinCount,
            HeadL2 = options.TryGetValue("--head-l2", out var hl) ? PerHead(hl) : Defaults.Trainer.HeadL2,
            PositiveWeight = options.TryGetValue("--positive-weight", out var pw) ? PerHead(pw) : Defaults.Trainer.PositiveWeight,
            Threshold = options.TryGetValue("--threshold", out var th) ? PerHead(th) : Defaults.Trainer.Threshold,
            InnerFolds = options.TryGetValue("--inner-folds", out var inner) ? int.Parse(inner, CultureInfo.InvariantCulture) : Defaults.Trainer.InnerFolds,
            Scaling = options.GetValueOrDefault("--scaling") ?? Defaults.Trainer.Scaling,
            Heads = options.TryGetValue("--heads", out var hs) ? hs.Split(',') : null,
            Drop = options.TryGetValue("--drop", out var drop) ? drop.Split(',').ToHashSet(StringComparer.Ordinal) : Defaults.Trainer.Drop,
        };
        using var reader = new StreamReader(goldPath);
        var gold = GoldSet.Read(reader);
        var corpus = TalkCorpus.Build(gold, new TalkFeatures());
        switch (args[0])
        {
            case "train":
                var model = TalkTrainer.Train(corpus.Examples, trainer, Provenance(goldPath));
                var root = DataPaths.RepositoryRoot() ?? Directory.GetCurrentDirectory();
                var outPath = options.GetValueOrDefault("--out") ?? DataPaths.ModelFile(root);
                File.WriteAllText(outPath, model.ToJson());
                stdout.WriteLine($"trained on {corpus.Examples.Count} coach turns of {gold.Count} transcripts: {model.FeatureCount} features; wrote {outPath}");
                return 0;
            case "cv":
                var folds = options.TryGetValue("--folds", out var f) ? int.Parse(f, CultureInfo.InvariantCulture) : 5;
                var predictions = CrossValidation.Predict(corpus, folds, trainer);
                var card = Evaluator.Score(predictions, Evaluator.CodesOf(gold));
                stdout.Write(ScorecardText.Format(card));
                return 0;
            case "features":
                foreach (var e in corpus.Examples.Where(e => e.Document == options["--doc"]).Take(int.Parse(options.GetValueOrDefault("--take", "3"), CultureInfo.InvariantCulture)))
                {
                    stdout.WriteLine($"{e.Turn}: {corpus.Transcripts[e.Document].Turns[e.Turn].Text}");
                    stdout.WriteLine("   " + string.Join(" | ", e.Features));
                }

                return 0;
            case "oof":
                OutOfFold.Write(corpus, gold, options.TryGetValue("--folds", out var f2) ? int.Parse(f2, CultureInfo.InvariantCulture) : 5, trainer, options["--out"]);
                return 0;
            default:
                stderr.WriteLine($"training: unknown command '{args[0]}'");
                stderr.WriteLine(Usage);
                return 2;
        }
    }

    /// <summary>What the model file records about its training data: the gold file's folder and name, and its hash.</summary>
    public static Dictionary<string, string> Provenance(string goldPath) => new()
    {
        ["data"] = Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(goldPath))!) + "/" + Path.GetFileName(goldPath),
        ["dataSha256"] = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(goldPath))),
        ["command"] = "dotnet run --project src/CoachLens.Training -c Release -- train",
    };

    // "advice=3,information=2"
    private static Dictionary<string, double> PerHead(string value) =>
        value.Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('='))
            .ToDictionary(p => p[0].Trim(), p => double.Parse(p[1], CultureInfo.InvariantCulture), StringComparer.Ordinal);

    private static Dictionary<string, string> ParseOptions(string[] args)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
            {
                throw new ArgumentException($"expected '--name value', got '{args[i]}'");
            }

            options[args[i]] = args[++i];
        }

        return options;
    }
}
