using CoachLens.Reports;
using CoachLens.Transcripts;

namespace CoachLens.Cli.Commands;

/// <summary>
/// `coachlens analyze FILE...|DIR`: reads each transcript, analyzes it and prints or writes the report.
/// One failing input does not stop the others; a failed input leaves no output file.
/// </summary>
public static class AnalyzeCommand
{
    private static readonly HashSet<string> ValueOptions = ["--format", "--out", .. ReadSettings.ValueOptions];
    private static readonly HashSet<string> FlagOptions = [.. ReadSettings.FlagOptions];

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var parsed = Arguments.Parse(args, ValueOptions, FlagOptions);
        var format = parsed.Option("--format") ?? "md";
        var renderer = ReportRenderers.Find(format)
            ?? throw new UsageException($"unknown --format '{format}' (known: {string.Join(", ", ReportRenderers.Default.Select(r => r.Format))})");
        if (parsed.Positionals.Count == 0)
        {
            throw new UsageException("analyze needs at least one transcript file or directory");
        }

        var inputs = InputFiles.Expand(parsed.Positionals, stderr, out var missing);
        if (inputs.Count == 0)
        {
            return ExitCodes.InputError;
        }

        var output = OutputTarget.Decide(parsed.Option("--out"), inputs.Count, renderer.Extension);
        var settings = ReadSettings.From(parsed);
        var failures = missing;
        foreach (var input in inputs)
        {
            try
            {
                var transcript = settings.Read(input);
                var report = Analysis.Default.Analyze(transcript);
                var bytes = renderer.Render(report, Analysis.Default.Rubric);
                output.Write(input, bytes, stdout);
            }
            catch (TranscriptException ex)
            {
                stderr.WriteLine($"coachlens: {ex.Message}");
                failures++;
            }
            catch (IOException ex)
            {
                stderr.WriteLine($"coachlens: {input}: {ex.Message}");
                failures++;
            }
            catch (UnauthorizedAccessException)
            {
                stderr.WriteLine($"coachlens: {input}: permission denied");
                failures++;
            }
        }

        return failures == 0 ? ExitCodes.Ok : inputs.Count + missing == 1 || failures == inputs.Count + missing ? ExitCodes.InputError : ExitCodes.Failure;
    }
}
