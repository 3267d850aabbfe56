using CoachLens.Detection;
using CoachLens.Tests.Support;
using CoachLens.Transcripts;

namespace CoachLens.Tests.Detection;

/// <summary>Runs every example of the behavior spec files through the real default pipeline.</summary>
public class BehaviorSpecTests
{
    public static TheoryData<BehaviorSpecExample> Examples()
    {
        var data = new TheoryData<BehaviorSpecExample>();
        foreach (var example in AllExamples())
        {
            data.Add(example);
        }

        return data;
    }

    private static List<BehaviorSpecExample> AllExamples()
    {
        var files = new List<string> { Path.Combine(Repo.Docs, "behaviors.md") };
        var dir = Path.Combine(Repo.Docs, "behaviors");
        if (Directory.Exists(dir))
        {
            files.AddRange(Directory.EnumerateFiles(dir, "*.md").Order(StringComparer.Ordinal));
        }

        return files.SelectMany(BehaviorSpec.Read).ToList();
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void SpecExample_FiresOnlyWhereItShould(BehaviorSpecExample example)
    {
        var segments = example.Dialogue.Split(" || ").Select(s => s.Trim()).ToList();
        var judged = segments.FindIndex(s => s.Contains("^", StringComparison.Ordinal));
        var lines = segments.Select(s => s.Replace("^", string.Empty, StringComparison.Ordinal)).ToList();
        if (lines.Select(l => l.Contains("Coach:", StringComparison.Ordinal)).Distinct().Count() == 1)
        {
            // A lone turn needs a second speaker so that roles can be decided.
            lines.Insert(0, lines[0].Contains("Coach:", StringComparison.Ordinal) ? "Client: Okay." : "Coach: Go on?");
            judged = judged < 0 ? -1 : judged + 1;
        }

        var transcript = TranscriptLoader.Parse(string.Join("\n", lines), "spec.txt");
        var result = new PipelineBuilder().UseDefaults().Build().Run(transcript);
        var turn = judged >= 0 ? judged : transcript.Turns.Count - 1;
        Assert.True(
            result.Has(turn, example.Code) == example.MustFire,
            $"{example}\n  codes on the judged turn: [{string.Join(", ", result.CodesOf(turn))}]");
    }

    [Fact]
    public void SpecFiles_HaveExamplesBothWaysForEveryCode()
    {
        var examples = AllExamples();
        foreach (var code in Behaviors.All)
        {
            Assert.Contains(examples, e => e.Code == code && e.MustFire);
            Assert.Contains(examples, e => e.Code == code && !e.MustFire);
        }
    }
}
