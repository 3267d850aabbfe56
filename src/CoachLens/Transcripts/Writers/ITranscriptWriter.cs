namespace CoachLens.Transcripts.Writers;

/// <summary>Writes a transcript in one output format; pure, returns the file's bytes.</summary>
public interface ITranscriptWriter
{
    /// <summary>The id given to --to, such as "icf-docx".</summary>
    string Format { get; }

    /// <summary>The file extension without the dot.</summary>
    string Extension { get; }

    /// <summary>True when the output is text that can go to standard output.</summary>
    bool IsText { get; }

    byte[] Write(Transcript transcript);
}
