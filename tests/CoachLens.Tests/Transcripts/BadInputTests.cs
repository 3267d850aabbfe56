using CoachLens.Tests.Support;
using CoachLens.Transcripts;

namespace CoachLens.Tests.Transcripts;

/// <summary>Every kind of bad input is one documented error: one line, naming the file, saying what is wrong.</summary>
public sealed class BadInputTests
{
    public static TheoryData<string> BadFiles() => [.. Some.BadFixtures().Select(f => Path.GetFileName(f))];

    [Theory]
    [MemberData(nameof(BadFiles))]
    public void BadFixture_IsATranscriptException_OnOneLine_NamingTheFile(string file)
    {
        var ex = Assert.Throws<TranscriptException>(() => Some.Load(Some.Bad(file)));

        Assert.StartsWith(file + ": ", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', ex.Message);
        Assert.True(ex.Problem.Length > 10);
    }

    [Fact]
    public void EmptyFile_SaysItIsEmpty() =>
        Assert.Equal("empty.txt: the file is empty", Assert.Throws<TranscriptException>(() => Some.Load(Some.Bad("empty.txt"))).Message);

    [Fact]
    public void FileOverTheSizeLimit_IsRefusedBeforeReading()
    {
        var bytes = new byte[TranscriptLoader.MaxBytes + 1];
        Array.Fill(bytes, (byte)'a');

        var ex = Assert.Throws<TranscriptException>(() => TranscriptLoader.Load(bytes, "huge.txt"));

        Assert.Equal("huge.txt: the file is larger than the 10 MB limit", ex.Message);
    }

    [Fact]
    public void OnlyBlankLines_IsRefused()
    {
        var ex = Assert.Throws<TranscriptException>(() => TranscriptLoader.Load("\n \r\n\t\n"u8, "blank.txt"));

        Assert.Contains("no text", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownForcedFormat_ListsTheKnownOnes()
    {
        var ex = Assert.Throws<TranscriptException>(() => Some.Text(Some.Session(), "x.txt", new ReadOptions(InputFormat: "pdf")));

        Assert.Equal("x.txt: unknown input format 'pdf' (known: webvtt, subrip, docx, json, text, blocks)", ex.Message);
    }

    [Fact]
    public void AQuoteOfTheInputInAMessage_CannotBreakTheLine()
    {
        var ex = new TranscriptException("a.txt", "bad 'x\ny'");

        Assert.Equal("a.txt: bad 'x y'", ex.Message);
    }
}
