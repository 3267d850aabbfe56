using CoachLens.Detection;
using CoachLens.Tests.Support;
using Xunit.Abstractions;

namespace CoachLens.Tests.Detection.CoachingSet;

/// <summary>
/// The codes AnnoMI does not label, measured on the held-out split of the coaching labelled set
/// (tests/data/behaviors/README.md). The rules were tuned on the development split only.
/// </summary>
public class CoachingSetTests(ITestOutputHelper output)
{
    /// <summary>Every code this set measures that AnnoMI does not label.</summary>
    public static readonly IReadOnlyList<string> Codes =
    [
        Behaviors.Empathy, Behaviors.Acknowledgment, Behaviors.FeelingsExploration, Behaviors.Invitation, Behaviors.Permission,
        Behaviors.Observation, Behaviors.Judgment, Behaviors.Minimizing, Behaviors.LeadingQuestion, Behaviors.Silence,
        Behaviors.Interruption, Behaviors.SelfDisclosure, Behaviors.Agreement, Behaviors.Confidentiality, Behaviors.Celebration,
        Behaviors.LearningInvitation, Behaviors.ActionDesign, Behaviors.Closing, Behaviors.Apology, Behaviors.Referral,
        Behaviors.StackedQuestions, Behaviors.Feeling, Behaviors.Disclosure, Behaviors.Guarded, Behaviors.Insight, Behaviors.Risk,
    ];

    /// <summary>The target of issue 4 for every code of this set.</summary>
    public const double Target = 0.75;

    /// <summary>
    /// Codes that do not reach the target yet on the held-out split, with the floor they must not fall below
    /// (measured 2026-11, rounded down). Open work, not an accepted level: docs/accuracy.md lists them. When one
    /// reaches the target, the ratchet test below fails until it is removed from this list.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, double> KnownGaps = new Dictionary<string, double>(StringComparer.Ordinal)
    {
        [Behaviors.Celebration] = 0.70,
        [Behaviors.Disclosure] = 0.70,
        [Behaviors.Guarded] = 0.68,
        [Behaviors.Insight] = 0.70,
    };

    private static readonly Lazy<IReadOnlyList<CodeScore>> TestSplit = new(() =>
        CoachingSetScorer.Score(GoldDialogue.Read(Path.Combine(Repo.Root, "tests", "data", "behaviors", "coaching-test.jsonl")), Codes));

    public static TheoryData<string> AllCodes() => [.. Codes];

    [Theory]
    [MemberData(nameof(AllCodes))]
    public void Code_ReachesTheF1Target_OnTheHeldOutSplit(string code)
    {
        var score = TestSplit.Value.Single(s => s.Code == code);
        output.WriteLine($"{code}: P {score.Precision:0.000} R {score.Recall:0.000} F1 {score.F1:0.000} (n {score.Support})");
        Assert.True(score.Support >= 5, $"{code} has only {score.Support} labelled turns in the test split");
        var required = KnownGaps.GetValueOrDefault(code, Target);
        Assert.True(score.F1 >= required, $"{code}: F1 {score.F1:0.000} < {required:0.00} (P {score.Precision:0.000}, R {score.Recall:0.000}, n {score.Support})");
    }

    [Theory]
    [MemberData(nameof(GapCodes))]
    public void KnownGap_IsRemovedFromTheList_OnceItReachesTheTarget(string code)
    {
        var score = TestSplit.Value.Single(s => s.Code == code);
        Assert.True(score.F1 < Target, $"{code} now reaches F1 {score.F1:0.000}: remove it from {nameof(KnownGaps)} so that the target protects it");
    }

    public static TheoryData<string> GapCodes() => [.. KnownGaps.Keys];

    [Fact]
    public void TheLabelledSet_HasTheAgreedSize_AndASeventyThirtySplit()
    {
        var dev = GoldDialogue.Read(Path.Combine(Repo.Root, "tests", "data", "behaviors", "coaching-dev.jsonl"));
        var test = GoldDialogue.Read(Path.Combine(Repo.Root, "tests", "data", "behaviors", "coaching-test.jsonl"));
        var turns = dev.Concat(test).SelectMany(d => d.Turns).ToList();
        Assert.True(turns.Count(t => !t.IsClient) >= 600, "at least 600 coach turns");
        Assert.True(turns.Count(t => t.IsClient) >= 300, "at least 300 client turns");
        Assert.Empty(dev.Select(d => d.Id).Intersect(test.Select(d => d.Id)));
        Assert.InRange((double)test.Count / (dev.Count + test.Count), 0.27, 0.33);
    }

    [Fact]
    public void EveryLabel_IsAKnownCode_ForTheRightSpeaker()
    {
        var client = Behaviors.Client.ToHashSet(StringComparer.Ordinal);
        foreach (var file in new[] { "coaching-dev.jsonl", "coaching-test.jsonl" })
        {
            foreach (var d in GoldDialogue.Read(Path.Combine(Repo.Root, "tests", "data", "behaviors", file)))
            {
                foreach (var t in d.Turns)
                {
                    Assert.All(t.Labels, l => Assert.True(Behaviors.All.Contains(l) && client.Contains(l) == t.IsClient, $"{d.Id}: '{l}' on a {t.Speaker} turn"));
                }
            }
        }
    }
}
