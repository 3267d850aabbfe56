using System.IO.Compression;
using System.Text;
using CoachLens.Tests.Support;
using CoachLens.Transcripts.Writers;
using CoachLens.Transcripts;

namespace CoachLens.Tests.Transcripts.Writers;

public sealed class TranscriptWriterTests
{
    private static Transcript Zoom() => Some.Load(Some.Format("zoom.vtt"));

    [Fact]
    public void IcfText_LabelsCoachAndClient_WithATimestampAtEverySpeakerChange()
    {
        var text = Encoding.UTF8.GetString(new IcfTextWriter().Write(Zoom()));
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(7, lines.Length);
        Assert.Equal("Coach [00:00:02]: Good morning, Ben, welcome back. How has the week been since we last spoke?", lines[0]);
        Assert.StartsWith("Client [00:00:10]: Busy.", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void IcfText_RepeatsNoTimestamp_WhenTheSameSpeakerGoesOn()
    {
        var t = Some.Text("Ana: What now?\nAna: And then?\nBen: Then I leave.\n");

        var text = Encoding.UTF8.GetString(new IcfTextWriter().Write(t));

        Assert.Equal("Coach: What now?\nCoach: And then?\nClient: Then I leave.\n", text);
    }

    [Fact]
    public void IcfDocx_HasOneParagraphPerTurn_AndReadsBackAsTheSameSession()
    {
        var original = Zoom();
        var bytes = new IcfDocxWriter().Write(original);

        var back = TranscriptLoader.Load(bytes, "out.docx");

        Assert.Equal("docx", back.Format);
        Assert.Equal(original.Turns.Select(t => t.Text), back.Turns.Select(t => t.Text));
        Assert.Equal(original.Turns.Select(t => (double?)Math.Floor(t.Start!.Value)), back.Turns.Select(t => t.Start));
        Assert.Equal(["Coach", "Client"], back.Turns.Select(t => t.Speaker).Distinct());
    }

    [Fact]
    public void IcfDocx_IsByteForByteStable_AndAValidPackage()
    {
        var a = new IcfDocxWriter().Write(Zoom());
        var b = new IcfDocxWriter().Write(Zoom());

        Assert.Equal(a, b);
        using var zip = new ZipArchive(new MemoryStream(a));
        Assert.Equal(["[Content_Types].xml", "_rels/.rels", "word/document.xml"], zip.Entries.Select(e => e.FullName));
    }

    [Fact]
    public void IcfDocx_DropsCharactersXmlCannotCarry()
    {
        var t = Some.Text("Ana: Bell\u0007 here? \U0001F600\nBen: Yes.\n");

        var back = TranscriptLoader.Load(new IcfDocxWriter().Write(t), "out.docx");

        Assert.Equal("Bell here? \U0001F600", back.Turns[0].Text);
    }

    [Fact]
    public void Json_RoundTripsSpeakersRolesTimesAndText()
    {
        var original = Some.Load(Some.Format("sponsor.txt"));

        var back = TranscriptLoader.Load(new JsonTranscriptWriter().Write(original), "out.json");

        Assert.Equal(original.Turns.Select(t => (t.Speaker, t.Role, t.Start, t.Text)), back.Turns.Select(t => (t.Speaker, t.Role, t.Start, t.Text)));
        Assert.Equal("speaker labelled as coach", back.Roles.Method);
    }
}
