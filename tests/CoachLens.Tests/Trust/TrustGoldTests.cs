using CoachLens.Evaluation;
using CoachLens.Tests.Support;
using CoachLens.Transcripts;
using Xunit.Abstractions;

namespace CoachLens.Tests.Trust;

/// <summary>
/// The trust view against the gold sessions. Floors guard against regressions; docs/accuracy.md reports the
/// measured numbers. Risk cues are held to the target exactly: every gold cue found, no false alarm.
/// </summary>
public class TrustGoldTests(ITestOutputHelper output)
{
    private static readonly Lazy<TrustAgreementResult> Tuning = new(() => Evaluate("sessions"));

    [Fact]
    public void EveryGoldRiskCue_IsFound_AndNoOrdinarySessionRaisesAnAlarm()
    {
        var r = Tuning.Value;
        Assert.Equal(r.RiskCues.Gold, r.RiskCues.Matched);
        Assert.Equal(0, r.FalseRiskAlarms);
    }

    [Fact]
    public void TheIndependentHeldOutSessions_RaiseNoFalseRiskAlarm()
    {
        // Only the safety property is asserted on the held-out set; its other numbers are in docs/accuracy.md.
        var r = Evaluate("sessions-holdout");
        Assert.Equal(0, r.FalseRiskAlarms);
    }

    [Fact]
    public void TrustMoments_StayAboveTheirFloor()
    {
        var r = Tuning.Value;
        output.WriteLine($"moments recall {r.Moments.Recall:0.00}, precision {r.Moments.Precision:0.00}");
        Assert.True(r.Moments.Recall >= 0.75, $"moment recall {r.Moments.Recall:0.00}");
        Assert.True(r.Moments.Precision >= 0.75, $"moment precision {r.Moments.Precision:0.00}");
    }

    [Fact]
    public void GoldTrustMoments_PointAtTheRightKindOfTurn()
    {
        foreach (var (gold, transcript) in GoldFiles("sessions"))
        {
            foreach (var m in gold.Trust!.Moments)
            {
                var coachTurn = m.Kind == "repair";
                Assert.True(transcript.Turns[m.Turn].IsCoach == coachTurn, $"{gold.Session}: {m.Kind} at {m.Turn}");
                Assert.True(m.CauseTurn is null || transcript.Turns[m.CauseTurn.Value].IsCoach, $"{gold.Session}: cause of {m.Turn}");
            }
        }
    }

    private static TrustAgreementResult Evaluate(string folder) => TrustAgreement.Summarize(GoldFiles(folder)
        .Select(g => TrustAgreement.CompareSession(g.Gold.Session, g.Gold.Trust!, Analysis.Default.Analyze(g.Transcript)))
        .ToList());

    private static IEnumerable<(SessionGold Gold, Transcript Transcript)> GoldFiles(string folder)
    {
        var dir = Path.Combine(Repo.Root, "tests", "data", folder);
        foreach (var path in Directory.EnumerateFiles(dir, "*.gold.json").Order(StringComparer.Ordinal))
        {
            var gold = SessionGold.Parse(File.ReadAllText(path), path);
            if (gold.Trust is not null)
            {
                yield return (gold, TranscriptLoader.Load(File.ReadAllBytes(Path.Combine(dir, gold.Session)), gold.Session));
            }
        }
    }
}
