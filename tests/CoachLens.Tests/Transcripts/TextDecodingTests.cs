using System.Text;
using CoachLens.Tests.Support;
using CoachLens.Transcripts;

namespace CoachLens.Tests.Transcripts;

public sealed class TextDecodingTests
{
    [Fact]
    public void Utf16WithoutABom_IsRecognisedFromItsZeroBytes()
    {
        var bytes = Encoding.Unicode.GetBytes("Ana: Hi\nBen: Hello\n");

        Assert.Equal("Ana: Hi\nBen: Hello\n", TextDecoding.Decode(bytes, "x.txt"));
    }

    [Fact]
    public void CrLfAndLoneCr_BecomeLf()
    {
        var text = TextDecoding.Decode("a\r\nb\rc\n"u8, "x.txt");

        Assert.Equal("a\nb\nc\n", text);
    }

    [Fact]
    public void Windows1252_IsTheDefaultLegacyReading()
    {
        var bytes = new byte[] { 0x63, 0x61, 0x66, 0xE9, 0x20, 0x93, 0x6F, 0x6B, 0x94 };

        Assert.Equal("café “ok”", TextDecoding.Decode(bytes, "x.txt"));
    }

    [Fact]
    public void TurkishLetterBytes_MakeTheReadingWindows1254()
    {
        var bytes = new byte[] { 0x41, 0x79, 0xFE, 0x65, 0x20, 0x69, 0xFE, 0x20, 0xFD, 0xF0, 0x20, 0xDD };

        Assert.Equal("Ayşe iş ığ İ", TextDecoding.Decode(bytes, "x.txt"));
    }

    [Fact]
    public void InvalidUtf16AfterABom_IsAnError()
    {
        var bytes = new byte[] { 0xFF, 0xFE, 0x00, 0xD8, 0x41, 0x00 };

        var ex = Assert.Throws<TranscriptException>(() => TextDecoding.Decode(bytes, "x.txt"));

        Assert.Equal("x.txt: the file is not valid UTF-16 text although it is marked as UTF-16", ex.Message);
    }

    [Fact]
    public void BytesUnassignedInEveryCodePage_AreUndecodable()
    {
        var ex = Assert.Throws<TranscriptException>(() => Some.Load(Some.Bad("undecodable.txt")));

        Assert.Contains("encoding cannot be recognised", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("image.vtt", "a PNG image")]
    [InlineData("binary.bin", "looks binary")]
    public void BinaryFiles_AreRefusedAsNotText(string file, string expected)
    {
        var ex = Assert.Throws<TranscriptException>(() => Some.Load(Some.Bad(file)));

        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void APdf_IsNamedInTheError()
    {
        var ex = Assert.Throws<TranscriptException>(() => TextDecoding.Decode("%PDF-1.7\n..."u8, "notes.txt"));

        Assert.StartsWith("notes.txt: the file is a PDF document", ex.Message, StringComparison.Ordinal);
    }
}
