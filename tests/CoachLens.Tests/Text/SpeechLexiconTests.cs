using System.Text;
using CoachLens.Text;

namespace CoachLens.Tests.Text;

public class SpeechLexiconTests
{
    [Fact]
    public void EmbeddedLexicon_LoadsWithAVersion()
    {
        Assert.False(string.IsNullOrWhiteSpace(SpeechLexicon.Default.Version));
        Assert.Contains("um", SpeechLexicon.Default.Fillers);
    }

    [Fact]
    public void UpperCaseEntry_IsRefusedAtLoad()
    {
        var json = """{"version": "1", "source": "test", "fillers": ["Um"]}""";
        var ex = Assert.Throws<InvalidDataException>(() => SpeechLexicon.Parse(new MemoryStream(Encoding.UTF8.GetBytes(json))));
        Assert.Contains("'Um'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LexiconWithoutSource_IsRefused()
    {
        var json = """{"version": "1", "fillers": ["um"]}""";
        Assert.Throws<InvalidDataException>(() => SpeechLexicon.Parse(new MemoryStream(Encoding.UTF8.GetBytes(json))));
    }
}
