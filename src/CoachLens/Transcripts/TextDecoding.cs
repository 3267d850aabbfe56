using System.Text;

namespace CoachLens.Transcripts;

/// <summary>Decodes transcript bytes; binary content is refused rather than read as garbage.</summary>
public static class TextDecoding
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string Decode(ReadOnlySpan<byte> bytes, string source)
    {
        string text;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw new TranscriptException(source, "the file is not valid UTF-8 text");
        }

        if (text.Contains('\0', StringComparison.Ordinal))
        {
            throw new TranscriptException(source, "the file looks binary, not a text transcript");
        }

        return text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
    }
}
