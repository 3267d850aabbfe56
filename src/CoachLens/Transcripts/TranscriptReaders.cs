using CoachLens.Transcripts.Readers;

namespace CoachLens.Transcripts;

/// <summary>The readers CoachLens knows, in one explicit list, and how one is chosen for an input.</summary>
public static class TranscriptReaders
{
    /// <summary>Every supported format. Add a reader here to support a new format.</summary>
    public static IReadOnlyList<ITranscriptReader> Default { get; } =
    [
        new WebVttReader(),
        new SubRipReader(),
        new DocxReader(),
        new JsonTranscriptReader(),
        new LabelledTextReader(),
        new SpeakerBlockReader(),
    ];

    /// <summary>The format ids, for help text and error messages.</summary>
    public static IEnumerable<string> Formats => Default.Select(r => r.Format);

    /// <summary>The reader whose sniff score is highest for this input; ties go to the earlier reader.</summary>
    public static ITranscriptReader Choose(TranscriptInput input, string? forcedFormat = null)
    {
        if (forcedFormat is not null)
        {
            return Default.FirstOrDefault(r => string.Equals(r.Format, forcedFormat, StringComparison.OrdinalIgnoreCase))
                ?? throw new TranscriptException(input.Source, $"unknown input format '{TranscriptException.Quote(forcedFormat)}' (known: {string.Join(", ", Formats)})");
        }

        var best = Default
            .Select(r => (Reader: r, Score: r.Sniff(input)))
            .OrderByDescending(x => x.Score)
            .First();
        return best.Score > 0
            ? best.Reader
            : throw new TranscriptException(input.Source, "no speaker labels or captions found (expected lines like 'Coach: …', '[00:01:02] Maria: …' or WebVTT/SubRip cues)");
    }
}
