using CoachLens.Transcripts;
using CoachLens.Transcripts.Writers;

namespace CoachLens.Cli.Commands;

/// <summary>
/// `coachlens transcript FILE --to icf-docx|txt|json [--out PATH]`: converts any supported input to the
/// ICF submission layout or to our JSON. Text goes to standard output unless --out is given; a .docx
/// goes to --out or, without it, to NAME.icf.docx in the current directory. Nothing is written on error.
/// </summary>
public static class TranscriptCommand
{
    private static readonly HashSet<string> ValueOptions = ["--to", "--out", .. ReadSettings.ValueOptions];
    private static readonly HashSet<string> FlagOptions = [.. ReadSettings.FlagOptions];

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var parsed = Arguments.Parse(args, ValueOptions, FlagOptions);
        var to = parsed.Option("--to") ?? throw new UsageException($"transcript needs --to ({Known()})");
        var writer = TranscriptWriters.Find(to) ?? throw new UsageException($"unknown --to '{to}' (known: {Known()})");
        if (parsed.Positionals.Count != 1)
        {
            throw new UsageException("transcript takes exactly one input file");
        }

        var settings = ReadSettings.From(parsed);
        var input = parsed.Positionals[0];
        if (!File.Exists(input))
        {
            stderr.WriteLine($"coachlens: {input}: no such file");
            return ExitCodes.InputError;
        }

        try
        {
            var bytes = writer.Write(settings.Read(input));
            var outPath = parsed.Option("--out") ?? (writer.IsText ? null : Path.GetFileNameWithoutExtension(input) + ".icf." + writer.Extension);
            if (outPath is null)
            {
                stdout.Write(new System.Text.UTF8Encoding(false).GetString(bytes));
                stdout.Flush();
            }
            else
            {
                AtomicFile.Write(outPath, bytes);
                stderr.WriteLine($"coachlens: wrote {outPath}");
            }

            return ExitCodes.Ok;
        }
        catch (TranscriptException ex)
        {
            stderr.WriteLine($"coachlens: {ex.Message}");
            return ExitCodes.InputError;
        }
        catch (IOException ex)
        {
            stderr.WriteLine($"coachlens: {input}: {ex.Message}");
            return ExitCodes.InputError;
        }
        catch (UnauthorizedAccessException)
        {
            stderr.WriteLine($"coachlens: {input}: permission denied");
            return ExitCodes.InputError;
        }
    }

    private static string Known() => string.Join(", ", TranscriptWriters.Default.Select(w => w.Format));
}
