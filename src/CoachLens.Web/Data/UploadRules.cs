using CoachLens.Transcripts;

namespace CoachLens.Web.Data;

/// <summary>What an upload may be: the file types the CLI reads, up to the core's size limit.</summary>
public static class UploadRules
{
    public const long MaxBytes = TranscriptLoader.MaxBytes;

    /// <summary>
    /// The request limit is well above the file limit: the server reads an oversize upload to the end and answers
    /// with a clear message. (Refusing a body half-way makes browsers show a reset connection instead.)
    /// </summary>
    public const long MaxRequestBytes = 64 * 1024 * 1024;

    public static IReadOnlySet<string> Extensions { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        ".txt", ".vtt", ".srt", ".docx", ".json",
    };

    public static bool HasAllowedExtension(string fileName) => Extensions.Contains(Path.GetExtension(fileName));
}
