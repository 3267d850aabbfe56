namespace CoachLens.Transcripts;

/// <summary>
/// What a reader is handed: the raw bytes (for container formats such as .docx) and, for text
/// formats, the decoded text with line endings normalized to "\n".
/// </summary>
/// <param name="Source">The file name or path, used in error messages.</param>
/// <param name="Extension">The lower-case extension without the dot ("vtt"), or empty.</param>
/// <param name="Bytes">The file as given when it is a container (ZIP); empty for text, which readers get as <paramref name="Text"/>.</param>
/// <param name="Text">The decoded text, or null when the bytes are a container (ZIP) rather than text.</param>
public sealed record TranscriptInput(string Source, string Extension, ReadOnlyMemory<byte> Bytes, string? Text)
{
    /// <summary>An input that is already text, as tests and the JSON/text APIs have it.</summary>
    public static TranscriptInput FromText(string text, string source) =>
        new(source, ExtensionOf(source), ReadOnlyMemory<byte>.Empty, TextDecoding.NormalizeLineEndings(text));

    /// <summary>The lower-case extension of a file name, without the dot.</summary>
    public static string ExtensionOf(string source) =>
        Path.GetExtension(source).TrimStart('.').ToLowerInvariant();
}
