namespace CoachLens.Cli.Commands;

/// <summary>`coachlens exam ...`: the practice exam. Each subcommand is its own small class; this only dispatches.</summary>
public static class ExamCommand
{
    public const string Usage = """
        Usage: coachlens exam <command> [options]

        Commands:
          start --form pcc-a|pcc-b|acc [--answers FILE] [--restart]
                      Take a full timed form; a paused form resumes where it stopped.
          practice --competency N [--kind situational|knowledge] [--count N] [--answers FILE]
                      Untimed practice on one competency, with explanations after each item.
          drill [--count N] [--kind situational|knowledge] [--answers FILE] [--reset]
                      Weak-area drill: missed items until you answer each right twice in a row.
          review [--attempt ID] [--all] [--item ID]
                      Your picks, the keys and the explanation of every option.
          results [--attempt ID] [--json]
                      Scores by competency and domain, and progress across attempts.
          bank [--json] [--stats]
                      What the item bank holds, and its quality figures.

        Options for every command: --lang en|tr, --data-dir DIR (default: $COACHLENS_EXAM_DIR,
        $COACHLENS_HOME/exam, or ~/.local/share/coachlens/exam). See docs/exam.md.
        The practice score is CoachLens's own; it is not ICF's scaled score (200-600, 460 passes).
        """;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr) =>
        Run(args, new ExamEnvironment(stdout, stderr, TimeProvider.System, Environment.GetEnvironmentVariable, ExamEnvironment.TerminalAvailable));

    internal static int Run(string[] args, ExamEnvironment env)
    {
        if (args.Length == 0 || args[0] is "help" or "--help" or "-h")
        {
            env.Stdout.Write(Usage.Replace("\r\n", "\n", StringComparison.Ordinal) + "\n");
            return args.Length == 0 ? ExitCodes.Usage : ExitCodes.Ok;
        }

        var rest = args[1..];
        try
        {
            return Dispatch(args[0], rest, env);
        }
        catch (UsageException ex)
        {
            env.Stderr.WriteLine($"coachlens: {ex.Message}");
            return ExitCodes.Usage;
        }
        catch (Exception ex) when (ex is ExamInputException or InvalidDataException)
        {
            env.Stderr.WriteLine($"coachlens: {ex.Message}");
            return ExitCodes.InputError;
        }
    }

    private static int Dispatch(string command, string[] rest, ExamEnvironment env) =>
        command switch
        {
            "start" => ExamStartCommand.Run(rest, env),
            "practice" => ExamPracticeCommand.Run(rest, env),
            "drill" => ExamDrillCommand.Run(rest, env),
            "review" => ExamReviewCommand.Run(rest, env),
            "results" => ExamResultsCommand.Run(rest, env),
            "bank" => ExamBankCommand.Run(rest, env),
            _ => throw new UsageException($"unknown exam command '{command}' (try 'coachlens exam help')"),
        };
}
