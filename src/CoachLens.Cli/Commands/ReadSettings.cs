using CoachLens.Privacy;
using CoachLens.Transcripts;

namespace CoachLens.Cli.Commands;

/// <summary>The options every command that reads transcripts shares: roles, input format and redaction.</summary>
public sealed record ReadSettings(ReadOptions Options, RedactionOptions? Redaction)
{
    public static readonly IReadOnlySet<string> ValueOptions = new HashSet<string>(StringComparer.Ordinal)
    {
        "--coach", "--client", "--input-format", "--redact-terms",
    };

    public static readonly IReadOnlySet<string> FlagOptions = new HashSet<string>(StringComparer.Ordinal) { "--redact" };

    public static ReadSettings From(Arguments parsed)
    {
        var format = parsed.Option("--input-format");
        if (format is not null && !TranscriptReaders.Formats.Contains(format, StringComparer.OrdinalIgnoreCase))
        {
            throw new UsageException($"unknown --input-format '{format}' (known: {string.Join(", ", TranscriptReaders.Formats)})");
        }

        var options = new ReadOptions(parsed.Option("--coach"), format, parsed.Option("--client"));
        var termsFile = parsed.Option("--redact-terms");
        if (termsFile is not null && !parsed.Flag("--redact"))
        {
            throw new UsageException("--redact-terms needs --redact");
        }

        if (!parsed.Flag("--redact"))
        {
            return new ReadSettings(options, null);
        }

        if (termsFile is null)
        {
            return new ReadSettings(options, RedactionOptions.Default);
        }

        if (!File.Exists(termsFile))
        {
            throw new UsageException($"--redact-terms {termsFile}: no such file");
        }

        return new ReadSettings(options, RedactionOptions.FromTermsFile(File.ReadAllText(termsFile)));
    }

    /// <summary>Reads one transcript file and redacts it when asked.</summary>
    public Transcript Read(string path)
    {
        var transcript = InputFiles.Read(path, Options);
        return Redaction is null ? transcript : Redactor.Redact(transcript, Redaction);
    }
}
