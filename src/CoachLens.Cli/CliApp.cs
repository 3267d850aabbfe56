using CoachLens.Cli.Commands;

namespace CoachLens.Cli;

/// <summary>The command dispatcher. Commands get the output streams, so tests run them in-process.</summary>
public static class CliApp
{
    public const string Usage = """
        Usage: coachlens <command> [options]

        Commands:
          analyze FILE...|DIR [--format md|html|docx|pdf|json] [--lang en|tr] [--out PATH] [READ OPTIONS]
                      Analyze coaching session transcripts and write a marker report (Markdown by default,
                      or the format --out's extension names; --lang tr writes the whole report in Turkish).
          transcript FILE --to icf-docx|txt|json [--out PATH] [READ OPTIONS]
                      Convert a transcript to the ICF submission layout (.docx or text) or to CoachLens JSON.
          eval GOLD.jsonl [--cv|--shipped] [--folds N] [--codes a,b]
                      Score behavior detection against labelled turns: P, R, F1 per code.
          eval-markers DIR [--verbose]
                      Compare marker judgements with expert gold files (*.gold.json) in DIR.
          eval-trust DIR [--holdout A.txt,B.txt] [--verbose]
                      Compare trust moments, risk cues, trust-breakers and contracting with gold files in DIR.
          rubric [COMPETENCY] [--lang en|tr]
                      List the ICF competencies and PCC markers, or show one competency.
          serve [--port N] [--data DIR] [--postgres CONNSTRING]
                      Run CoachLens in the browser at http://127.0.0.1:5080 (SQLite in DIR,
                      default ~/.local/share/coachlens; PostgreSQL also from COACHLENS_POSTGRES).
          exam start|practice|drill|review|results|bank [options]
                      Practice exam in the ICF Credentialing Exam format, in English or Turkish
                      (see 'coachlens exam help' and docs/exam.md).
          help        Show this help.

        Read options:
          --coach NAME        the coach's speaker name (otherwise inferred)
          --client NAME       the client's speaker name (otherwise inferred)
          --input-format ID   webvtt, subrip, docx, json, text or blocks (otherwise detected from the content)
          --redact            replace the client's and other people's names, emails, phone numbers and URLs
                              with placeholders ([CLIENT], [PERSON-1], [EMAIL-1] ...) before anything is written
          --redact-terms FILE also replace the words or phrases in FILE (one a line) as [TERM-1] ...

        Exit codes: 0 ok, 1 some inputs failed, 2 usage error, 3 input error,
                    4 a program the format needs is missing (PDF needs Chromium).
        """;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        try
        {
            if (args.Length == 0 || args[0] is "help" or "--help" or "-h")
            {
                stdout.Write(Usage.Replace("\r\n", "\n", StringComparison.Ordinal) + "\n");
                return args.Length == 0 ? ExitCodes.Usage : ExitCodes.Ok;
            }

            if (args[0] is "--version")
            {
                stdout.WriteLine($"coachlens {Analysis.ToolVersion}");
                return ExitCodes.Ok;
            }

            var rest = args[1..];
            return args[0] switch
            {
                "analyze" => AnalyzeCommand.Run(rest, stdout, stderr),
                "transcript" => TranscriptCommand.Run(rest, stdout, stderr),
                "rubric" => RubricCommand.Run(rest, stdout),
                "eval" => EvalCommand.Run(rest, stdout, stderr),
                "eval-markers" => EvalMarkersCommand.Run(rest, stdout),
                "eval-trust" => EvalTrustCommand.Run(rest, stdout),
                "serve" => ServeCommand.Run(rest, stdout),
                "exam" => ExamCommand.Run(rest, stdout, stderr),
                _ => throw new UsageException($"unknown command '{args[0]}' (try 'coachlens help')"),
            };
        }
        catch (UsageException ex)
        {
            stderr.WriteLine($"coachlens: {ex.Message}");
            return ExitCodes.Usage;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A bug must still end in one readable line, never a stack trace full of client text.
            stderr.WriteLine($"coachlens: internal error ({ex.GetType().Name}); please report it with the command you ran");
            return ExitCodes.Failure;
        }
    }
}
