using CoachLens.Text;

namespace CoachLens.Tests.Text;

public class DisfluencyTests
{
    private static List<string> Clean(string text) => Disfluency.Clean(Tokenizer.Tokenize(text));

    [Fact]
    public void Fillers_AreDropped()
    {
        Assert.Equal(["what", "do", "you", "want"], Clean("Um, what, uh, do you want, mm-hmm?"));
    }

    [Fact]
    public void RepeatedWordsAndPhrases_Collapse()
    {
        Assert.Equal(["tell", "me", "what", "happened"], Clean("Tell me- tell me what happened"));
        Assert.Equal(["what", "were", "you", "thinking"], Clean("What-what were you thinking"));
        Assert.Equal(["i", "think", "so"], Clean("I, I, I think so"));
    }

    [Fact]
    public void LeadingMarkers_CountsDiscourseMarkersIncludingPhrases()
    {
        var words = Clean("Okay, so, you know, what now");
        Assert.Equal(4, Disfluency.LeadingMarkers(words, SpeechLexicon.Default));
        Assert.Equal("what", words[4]);
    }

    [Fact]
    public void LeadingMarkers_IsZeroWhenTheSentenceStartsWithContent()
    {
        Assert.Equal(0, Disfluency.LeadingMarkers(Clean("What now"), SpeechLexicon.Default));
    }
}
