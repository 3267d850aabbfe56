using CoachLens.Tests.Support;
using CoachLens.Transcripts;

namespace CoachLens.Tests.Transcripts.Readers;

public sealed class JsonTranscriptReaderTests
{
    [Fact]
    public void OwnFormat_TakesRolesAsStated_AndTimestampStrings()
    {
        var t = Some.Load(Some.Format("transcript.json"));

        Assert.Equal("speaker labelled as coach", t.Roles.Method);
        Assert.Equal(15.8, t.Turns[2].Start);
        Assert.Null(t.Turns[3].End);
    }

    [Fact]
    public void PlainArray_IsRead()
    {
        var t = Some.Load(Some.Format("array.json"));

        Assert.Equal("Paulo", t.Turns[1].Speaker);
        Assert.Equal(5.6, t.Turns[1].Start);
    }

    [Fact]
    public void BrokenJson_IsAnErrorWithTheLine()
    {
        var ex = Assert.Throws<TranscriptException>(() => Some.Load(Some.Bad("broken.json")));

        Assert.Contains("not valid JSON (line 3)", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""[{"text": "hi"}, {"speaker": "B", "text": "yo"}]""", "turn 1 has no \"speaker\"")]
    [InlineData("""[{"speaker": "A", "text": 5}]""", "turn 1: \"text\" must be a string")]
    [InlineData("""[{"speaker": "A", "text": "hi", "start": "soon"}]""", "turn 1: malformed \"start\" time")]
    [InlineData("""{"turns": 3}""", "must be an array of turns")]
    public void MalformedTurns_AreErrorsThatSayWhichTurn(string json, string expected)
    {
        var ex = Assert.Throws<TranscriptException>(() => Some.Text(json, "x.json"));

        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TextStartingWithABracketedTimestamp_IsNotTakenForJson()
    {
        var t = Some.Text("[00:00:01] Ana: What would you like?\n[00:00:04] Ben: Quiet.\n", "x");

        Assert.Equal("text", t.Format);
    }
}
