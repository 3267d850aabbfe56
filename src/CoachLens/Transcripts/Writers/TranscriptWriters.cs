namespace CoachLens.Transcripts.Writers;

/// <summary>The output formats of `coachlens transcript --to`, in one explicit list.</summary>
public static class TranscriptWriters
{
    public static IReadOnlyList<ITranscriptWriter> Default { get; } =
    [
        new IcfDocxWriter(),
        new IcfTextWriter(),
        new JsonTranscriptWriter(),
    ];

    public static ITranscriptWriter? Find(string format) =>
        Default.FirstOrDefault(w => string.Equals(w.Format, format, StringComparison.OrdinalIgnoreCase));
}
