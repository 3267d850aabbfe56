namespace CoachLens.Transcripts;

/// <summary>
/// Reads one transcript format. Adding a format is one new class plus one line in
/// <see cref="TranscriptReaders.Default"/>.
/// </summary>
public interface ITranscriptReader
{
    /// <summary>The format id recorded in reports and accepted by --input-format, such as "webvtt".</summary>
    string Format { get; }

    /// <summary>How strongly the input looks like this format: 0 (not at all) to 100 (certain). Never throws.</summary>
    int Sniff(TranscriptInput input);

    /// <summary>The turns of the input; throws <see cref="TranscriptException"/> and nothing else on bad input.</summary>
    IReadOnlyList<RawTurn> Read(TranscriptInput input);
}
