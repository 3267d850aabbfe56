using CoachLens.Tests.Support;
using CoachLens.Transcripts;

namespace CoachLens.Tests.Transcripts.Readers;

public sealed class DocxReaderTests
{
    [Fact]
    public void Paragraphs_JoinSplitRuns_KeepBreaks_AndSkipDeletedText()
    {
        var t = Some.Load(Some.Format("icf-paragraphs.docx"));

        Assert.Equal("Hello, welcome. What would you like to focus on today?", t.Turns[0].Text);
        Assert.Equal("I want to stop saying yes to every project. My calendar is full until June.", t.Turns[1].Text);
        Assert.DoesNotContain(t.Turns, x => x.Text.Contains("DELETED", StringComparison.Ordinal));
        Assert.Equal(["laughs"], t.Turns[3].Annotations);
    }

    [Fact]
    public void ParagraphsInsideAContentControl_AreRead()
    {
        var t = Some.Load(Some.Format("icf-paragraphs.docx"));

        Assert.Equal(19, t.Turns[2].Start);
    }

    [Fact]
    public void TableWithHeader_MapsTimeSpeakerAndTextColumns()
    {
        var t = Some.Load(Some.Format("table.docx"));

        Assert.Equal("Peter Novak", t.Turns[1].Speaker);
        Assert.Equal(7, t.Turns[1].Start);
        Assert.Equal(["pause"], t.Turns[3].Annotations);
    }

    [Fact]
    public void TableWithoutHeader_IsReadFromWhatTheCellsHold()
    {
        var t = Some.Load(Some.Format("table-noheader.docx"));

        Assert.Equal("Viktor", t.Turns[1].Speaker);
        Assert.Equal(9, t.Turns[1].Start);
        Assert.StartsWith("My temper in meetings.", t.Turns[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void TruncatedDocx_IsADamagedFileError()
    {
        var ex = Assert.Throws<TranscriptException>(() => Some.Load(Some.Bad("corrupt.docx")));

        Assert.Contains("damaged", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ZipWithoutAWordDocument_IsRefused()
    {
        var ex = Assert.Throws<TranscriptException>(() => Some.Load(Some.Bad("not-word.docx")));

        Assert.Contains("not a Word document", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DocxDetection_UsesTheContent_NotTheExtension()
    {
        var bytes = File.ReadAllBytes(Some.Format("table.docx"));

        var t = TranscriptLoader.Load(bytes, "renamed.txt");

        Assert.Equal("docx", t.Format);
    }
}
