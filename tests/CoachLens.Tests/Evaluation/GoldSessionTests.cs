using CoachLens.Evaluation;
using CoachLens.Tests.Support;
using CoachLens.Transcripts;
using Xunit.Abstractions;

namespace CoachLens.Tests.Evaluation;

/// <summary>
/// Marker judgements against the expert gold files in tests/data/sessions. The floors below guard against
/// regressions; docs/accuracy.md reports the measured numbers and the targets.
/// </summary>
public class GoldSessionTests(ITestOutputHelper output)
{
    private static readonly string Dir = Path.Combine(Repo.Root, "tests", "data", "sessions");

    [Fact]
    public void GoldFiles_AreCompleteAndPointAtCoachTurns()
    {
        foreach (var path in Directory.EnumerateFiles(Dir, "*.gold.json"))
        {
            var gold = SessionGold.Parse(File.ReadAllText(path), path);
            var transcript = TranscriptLoader.Load(File.ReadAllBytes(Path.Combine(Dir, gold.Session)), gold.Session);
            Assert.Equal(37, gold.Markers.Count);
            Assert.All(gold.Markers.Values.SelectMany(m => m.Turns), t => Assert.True(transcript.Turns[t].IsCoach, $"{gold.Session}: turn {t} is not a coach turn"));
        }
    }

    [Fact]
    public void MarkerAgreementWithExperts_StaysAboveItsFloor()
    {
        var result = MarkerAgreement.Compare(Directory.EnumerateFiles(Dir, "*.gold.json").Order(StringComparer.Ordinal).Select(Compare).ToList());
        output.WriteLine($"agreement {result.Accuracy:0.000}, kappa {result.Kappa:0.000}, level {result.LevelHits}/{result.Sessions}");
        Assert.True(result.Accuracy >= 0.78, $"agreement {result.Accuracy:0.000}");
        Assert.True(result.Kappa >= 0.62, $"kappa {result.Kappa:0.000}");
        Assert.True(result.LevelHits * 10 >= result.Sessions * 7, $"level lens {result.LevelHits}/{result.Sessions}");
    }

    private static SessionComparison Compare(string goldPath)
    {
        var gold = SessionGold.Parse(File.ReadAllText(goldPath), goldPath);
        var report = Analysis.Default.Analyze(TranscriptLoader.Load(File.ReadAllBytes(Path.Combine(Dir, gold.Session)), gold.Session));
        return new SessionComparison(
            gold.Session,
            gold.Markers.ToDictionary(m => m.Key, m => m.Value.Status),
            report.Markers.ToDictionary(m => m.Id, m => m.Status),
            gold.Level,
            report.LevelLens.ClosestLevel);
    }
}
