using System.Text;
using CoachLens.Transcripts;

namespace CoachLens.Tests.Transcripts;

public class TranscriptLoaderTests
{
    [Fact]
    public void EmptyFile_IsRefused()
    {
        var ex = Assert.Throws<TranscriptException>(() => TranscriptLoader.Load([], "empty.txt"));
        Assert.Equal("empty.txt: the file is empty", ex.Message);
    }

    [Fact]
    public void BinaryFile_IsRefused()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D];
        var ex = Assert.Throws<TranscriptException>(() => TranscriptLoader.Load(png, "image.vtt"));
        Assert.StartsWith("image.vtt: ", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Utf8Bom_IsIgnored()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("Coach: Hi?\nClient: Hello.")).ToArray();
        var t = TranscriptLoader.Load(bytes, "bom.txt");
        Assert.Equal("Coach", t.Turns[0].Speaker);
    }

    [Fact]
    public void CrLfLineEndings_AreRead()
    {
        var t = TranscriptLoader.Load(Encoding.UTF8.GetBytes("Coach: Hi?\r\nClient: Hello.\r\n"), "crlf.txt");
        Assert.Equal("Hello.", t.Turns[1].Text);
    }

    [Theory]
    [InlineData("01:02", 62)]
    [InlineData("1:02:03", 3723)]
    [InlineData("00:00:01.500", 1.5)]
    [InlineData("00:00:01,250", 1.25)]
    public void Timestamps_InEveryShape_AreParsed(string text, double seconds) =>
        Assert.Equal(seconds, Timestamps.TryParse(text));

    [Theory]
    [InlineData("1:2:3:4")]
    [InlineData("00:61")]
    [InlineData("ab:cd")]
    [InlineData("")]
    public void NonTimestamps_AreRejected(string text) => Assert.Null(Timestamps.TryParse(text));
}
