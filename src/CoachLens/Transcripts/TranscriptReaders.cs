using CoachLens.Transcripts.Readers;

namespace CoachLens.Transcripts;

/// <summary>The readers CoachLens knows, in one explicit list, and how one is chosen for an input.</summary>
public static class TranscriptReaders
{
    /// <summary>Every supported format. Add a reader here to support a new format.</summary>
    public static IReadOnlyList<ITranscriptReader> Default { get; } =
    [
        new WebVttReader(),
        new LabelledTextReader(),
    ];

    /// <summary>The reader whose sniff score is highest for this content; ties go to the earlier reader.</summary>
    public static ITranscriptReader Choose(string content, string extension, string source, string? forcedFormat = null)
    {
        if (forcedFormat is not null)
        {
            return Default.FirstOrDefault(r => string.Equals(r.Format, forcedFormat, StringComparison.OrdinalIgnoreCase))
                ?? throw new TranscriptException(source, $"unknown input format '{forcedFormat}' (known: {string.Join(", ", Default.Select(r => r.Format))})");
        }

        var best = Default
            .Select(r => (Reader: r, Score: r.Sniff(content, extension)))
            .OrderByDescending(x => x.Score)
            .First();
        return best.Score > 0
            ? best.Reader
            : throw new TranscriptException(source, "not a transcript CoachLens can read (no speaker-labelled lines or captions found)");
    }
}
