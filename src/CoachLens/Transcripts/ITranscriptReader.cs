namespace CoachLens.Transcripts;

/// <summary>
/// Reads one transcript format. Adding a format is one new class plus one line in
/// <see cref="TranscriptReaders.Default"/>.
/// </summary>
public interface ITranscriptReader
{
    /// <summary>The format id recorded in reports, such as "webvtt".</summary>
    string Format { get; }

    /// <summary>How strongly the content looks like this format: 0 (not at all) to 100 (certain).</summary>
    int Sniff(string content, string extension);

    /// <summary>The turns of the content; throws <see cref="TranscriptException"/> on bad input.</summary>
    IReadOnlyList<RawTurn> Read(string content, string source);
}
