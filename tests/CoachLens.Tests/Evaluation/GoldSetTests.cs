using CoachLens.Evaluation;

namespace CoachLens.Tests.Evaluation;

public class GoldSetTests
{
    [Fact]
    public void Read_TakesOneTranscriptALineAndIgnoresExtraProperties()
    {
        const string jsonl = """
            {"id": "a", "topic": "x", "turns": [{"speaker": "Coach", "start": "00:00:01", "text": "Hi?", "labels": ["closed_question"], "uncertain": []}]}

            {"id": "b", "turns": [{"speaker": "Client", "text": "Hello."}]}
            """;
        var docs = GoldSet.Read(new StringReader(jsonl));
        Assert.Equal(["a", "b"], docs.Select(d => d.Id));
        Assert.Equal("00:00:01", docs[0].Turns[0].Start);
        Assert.Equal("client", docs[1].Turns[0].Role);
        Assert.Empty(docs[1].Turns[0].Labels);
    }

    [Theory]
    [InlineData("{\"id\": \"a\", \"turns\": []}", "line 1 needs")]
    [InlineData("{\"id\": \"a\", \"turns\": [{\"text\": \"x\"}]}", "turn 0")]
    [InlineData("not json", "line 1 is not valid JSON")]
    [InlineData("{\"id\": \"a\", \"turns\": [{\"speaker\": \"Coach\", \"text\": \"x\"}]}\n{\"id\": \"a\", \"turns\": [{\"speaker\": \"Coach\", \"text\": \"x\"}]}", "appears twice")]
    public void BrokenGold_IsRefusedWithTheLine(string jsonl, string reason)
    {
        var ex = Assert.Throws<InvalidDataException>(() => GoldSet.Read(new StringReader(jsonl)));
        Assert.Contains(reason, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GoldTranscript_IsReadLikeALabelledTextFile()
    {
        var doc = new GoldDocument("t1", [new GoldTurn("Coach", "00:00:05", "What  brings you here?", [], []), new GoldTurn("Client", "00:00:09", "Work.", [], [])]);
        var transcript = GoldTranscript.Of(doc);
        Assert.Equal("t1.txt", transcript.Source);
        Assert.Equal(5, transcript.Turns[0].Start);
        Assert.True(transcript.Turns[0].IsCoach);
        Assert.Equal("What brings you here?", transcript.Turns[0].Text);
    }

    [Fact]
    public void Folds_KeepEachTranscriptInOneFoldAndDoNotDependOnOrder()
    {
        var ids = Enumerable.Range(0, 23).Select(i => $"doc-{i}").ToArray();
        var forward = Folds.Assign(ids, 5);
        var backward = Folds.Assign(ids.Reverse(), 5);
        Assert.Equal(forward.OrderBy(kv => kv.Key), backward.OrderBy(kv => kv.Key));
        Assert.All(forward.Values, f => Assert.InRange(f, 0, 4));
        Assert.All(forward.Values.GroupBy(f => f), g => Assert.InRange(g.Count(), 4, 5));
    }
}
