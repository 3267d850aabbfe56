namespace CoachLens.Transcripts;

/// <summary>Recognises common non-text files by their first bytes, so the error can say what the file is.</summary>
public static class FileSignatures
{
    private static readonly (byte[] Magic, int Offset, string Kind)[] Known =
    [
        ([0x89, 0x50, 0x4E, 0x47], 0, "a PNG image"),
        ([0xFF, 0xD8, 0xFF], 0, "a JPEG image"),
        ("GIF8"u8.ToArray(), 0, "a GIF image"),
        ("%PDF"u8.ToArray(), 0, "a PDF document; export the transcript as .docx, .txt or .vtt"),
        ([0xD0, 0xCF, 0x11, 0xE0], 0, "an old Word document (.doc) or a password-protected Office file; save it as .docx without a password"),
        ("{\\rtf"u8.ToArray(), 0, "an RTF document; save it as .docx or .txt"),
        ("ID3"u8.ToArray(), 0, "an MP3 audio file"),
        ("OggS"u8.ToArray(), 0, "an Ogg audio file"),
        ("RIFF"u8.ToArray(), 0, "a RIFF audio or video file"),
        ("ftyp"u8.ToArray(), 4, "an MP4 audio or video file"),
        ([0x1A, 0x45, 0xDF, 0xA3], 0, "a WebM or Matroska video file"),
        ([0x1F, 0x8B], 0, "a gzip archive"),
        ([0x50, 0x4B, 0x03, 0x04], 0, "a ZIP archive"),
    ];

    /// <summary>What the bytes are ("a PNG image"), or null when they do not start like a known binary file.</summary>
    public static string? Identify(ReadOnlySpan<byte> bytes)
    {
        foreach (var (magic, offset, kind) in Known)
        {
            if (bytes.Length >= offset + magic.Length && bytes.Slice(offset, magic.Length).SequenceEqual(magic))
            {
                return kind;
            }
        }

        return null;
    }

    /// <summary>True when the bytes start like a ZIP container (a .docx is one).</summary>
    public static bool IsZip(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith((ReadOnlySpan<byte>)[0x50, 0x4B, 0x03, 0x04]) || bytes.StartsWith((ReadOnlySpan<byte>)[0x50, 0x4B, 0x05, 0x06]);
}
