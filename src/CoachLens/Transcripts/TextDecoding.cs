using System.Text;

namespace CoachLens.Transcripts;

/// <summary>
/// Decodes transcript bytes: UTF-8 (with or without BOM), UTF-16 LE/BE, and the two legacy Windows
/// code pages coaches' files come in (1252 Western, 1254 Turkish). Binary content is refused
/// rather than read as garbage.
/// </summary>
public static class TextDecoding
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly UnicodeEncoding StrictUtf16Le = new(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly UnicodeEncoding StrictUtf16Be = new(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);

    // The bytes where Windows-1254 has Turkish letters (Ğ İ Ş ğ ı ş) and Windows-1252 has Icelandic ones (Ð Ý Þ ð ý þ).
    private static readonly byte[] TurkishBytes = [0xD0, 0xDD, 0xDE, 0xF0, 0xFD, 0xFE];

    /// <summary>The text of the bytes with line endings normalized to "\n"; throws <see cref="TranscriptException"/>.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes, string source)
    {
        var text = DecodeRaw(bytes, source);
        if (LooksBinary(text))
        {
            throw new TranscriptException(source, "the file looks binary, not a text transcript");
        }

        return NormalizeLineEndings(text);
    }

    /// <summary>CRLF and lone CR become LF, and a leading BOM character is dropped, so readers see one shape.</summary>
    public static string NormalizeLineEndings(string text)
    {
        var t = text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
        return t.Contains('\r', StringComparison.Ordinal)
            ? t.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n')
            : t;
    }

    private static string DecodeRaw(ReadOnlySpan<byte> bytes, string source)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return Strict(StrictUtf8, bytes[3..], source, "UTF-8");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]) || bytes.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
        {
            throw new TranscriptException(source, "the file is UTF-32 text; save it as UTF-8 and try again");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Strict(StrictUtf16Le, bytes[2..], source, "UTF-16");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Strict(StrictUtf16Be, bytes[2..], source, "UTF-16");
        }

        if (FileSignatures.Identify(bytes) is { } kind)
        {
            throw new TranscriptException(source, $"the file is {kind}, not a text transcript");
        }

        if (Utf16WithoutBom(bytes) is { } utf16)
        {
            return Strict(utf16, bytes, source, "UTF-16");
        }

        if (bytes.Contains((byte)0))
        {
            throw new TranscriptException(source, "the file looks binary, not a text transcript");
        }

        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return Legacy(bytes, source);
        }
    }

    private static string Strict(Encoding encoding, ReadOnlySpan<byte> bytes, string source, string name)
    {
        try
        {
            return encoding.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw new TranscriptException(source, $"the file is not valid {name} text although it is marked as {name}");
        }
    }

    // Notepad and some Windows tools still save in the ANSI code page. Turkish letters sit on bytes that
    // are rare Icelandic letters in 1252, so any of them makes 1254 the likelier reading.
    private static string Legacy(ReadOnlySpan<byte> bytes, string source)
    {
        var turkish = bytes.IndexOfAny(TurkishBytes) >= 0;
        var codePage = turkish ? 1254 : 1252;
        var encoding = CodePagesEncodingProvider.Instance.GetEncoding(codePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)
            ?? throw new TranscriptException(source, "the text encoding is not supported on this system");
        string text;
        try
        {
            text = encoding.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw new TranscriptException(source, "the text encoding cannot be recognised (not UTF-8, UTF-16, Windows-1252 or Windows-1254)");
        }

        // C1 control characters mean the bytes were not text in this code page either.
        return text.Any(c => c is >= '\u0080' and <= '\u009F')
            ? throw new TranscriptException(source, "the text encoding cannot be recognised (not UTF-8, UTF-16, Windows-1252 or Windows-1254)")
            : text;
    }

    // UTF-16 without a BOM shows as ASCII letters alternating with zero bytes.
    private static UnicodeEncoding? Utf16WithoutBom(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < 8 || bytes.Length % 2 != 0)
        {
            return null;
        }

        int evenZeros = 0, oddZeros = 0;
        var sample = Math.Min(bytes.Length, 4096);
        for (var i = 0; i < sample; i += 2)
        {
            evenZeros += bytes[i] == 0 ? 1 : 0;
            oddZeros += bytes[i + 1] == 0 ? 1 : 0;
        }

        var pairs = sample / 2;
        return oddZeros > pairs * 0.6 && evenZeros < pairs * 0.05 ? StrictUtf16Le
            : evenZeros > pairs * 0.6 && oddZeros < pairs * 0.05 ? StrictUtf16Be
            : null;
    }

    // Text has tabs and line breaks, not other control characters; a few stray ones are tolerated.
    private static bool LooksBinary(string text)
    {
        var controls = 0;
        foreach (var c in text)
        {
            if (c == '\0')
            {
                return true;
            }

            if (char.IsControl(c) && c is not ('\t' or '\n' or '\r' or '\f' or '\v'))
            {
                controls++;
            }
        }

        return controls > 8 && controls * 100 > text.Length;
    }
}
