using CoachLens.Export;
using CoachLens.Localization;
using CoachLens.Transcripts;

namespace CoachLens.Cli.Commands;

/// <summary>
/// `coachlens analyze FILE...|DIR`: reads each transcript, analyzes it and prints or writes the report.
/// One failing input does not stop the others; a failed input leaves no output file.
/// </summary>
public static class AnalyzeCommand
{
    private static readonly HashSet<string> ValueOptions = ["--format", "--out", "--lang", .. ReadSettings.ValueOptions];
    private static readonly HashSet<string> FlagOptions = [.. ReadSettings.FlagOptions];

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var parsed = Arguments.Parse(args, ValueOptions, FlagOptions);
        var format = parsed.Option("--format") ?? FormatOf(parsed.Option("--out")) ?? "md";
        var renderer = ExportRenderers.Find(format)
            ?? throw new UsageException($"unknown --format '{format}' (known: {string.Join(", ", ExportRenderers.All.Select(r => r.Format))})");
        var language = parsed.Option("--lang") ?? Languages.English;
        if (!Languages.IsSupported(language))
        {
            throw new UsageException($"unknown --lang '{language}' (known: {string.Join(", ", Languages.All)})");
        }

        var analysis = Analysis.For(language);
        if (renderer is IRequiresProgram needs && needs.Missing() is { } missingProgram)
        {
            stderr.WriteLine($"coachlens: {missingProgram}");
            return ExitCodes.MissingProgram;
        }

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
                var report = analysis.Analyze(transcript);
                var bytes = renderer.Render(report, analysis.Rubric);
                output.Write(input, bytes, stdout);
            }
            catch (ExportException ex)
            {
                stderr.WriteLine($"coachlens: {input}: {ex.Message}");
                failures++;
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

    /// <summary>The format an --out file name asks for (report.html → html), when it names one.</summary>
    private static string? FormatOf(string? outPath)
    {
        var ext = Path.GetExtension(outPath ?? string.Empty).TrimStart('.');
        return ext.Length > 0 && ExportRenderers.Find(ext) is { } r ? r.Format : null;
    }
}
