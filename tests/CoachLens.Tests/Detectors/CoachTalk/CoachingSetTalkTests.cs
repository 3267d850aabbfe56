using System.Globalization;
using CoachLens.Detection;
using CoachLens.Evaluation;
using CoachLens.Tests.Support;

namespace CoachLens.Tests.Detectors.CoachTalk;

/// <summary>
/// The AnnoMI codes on coaching language: the shipped pipeline (its model never saw these dialogues) on the
/// held-out split of the coaching labelled set (tests/data/behaviors), through the same evaluator as
/// `coachlens eval`. Floors are the measured F1 less 0.02 (docs/accuracy.md); the split is for measuring only.
/// </summary>
public class CoachingSetTalkTests
{
    //  code               floor
    private static readonly (string Code, double Floor)[] Expected =
    [
        ("question",        0.97),
        ("open_question",   0.94),
        ("closed_question", 0.79),
        ("reflection",      0.75),
        ("advice",          0.42),
        ("information",     0.39),
    ];

    private static readonly Lazy<Scorecard> Card = new(() =>
    {
        using var reader = new StreamReader(Path.Combine(Repo.Root, "tests", "data", "behaviors", "coaching-test.jsonl"));
        var gold = GoldSet.Read(reader);
        var pipeline = new PipelineBuilder().UseDefaults().Build();
        return Evaluator.Score(gold.Select(d => (d, Predictions.Of(pipeline, GoldTranscript.Of(d)))), Expected.Select(e => e.Code).ToArray());
    });

    public static TheoryData<string> Codes() => [.. Expected.Select(e => e.Code)];

    [Theory]
    [MemberData(nameof(Codes))]
    public void AnnomiCode_HoldsItsF1_OnHeldOutCoachingDialogues(string code)
    {
        var score = Card.Value[code];
        var floor = Expected.Single(e => e.Code == code).Floor;
        Assert.True(
            score.F1 >= floor,
            string.Create(CultureInfo.InvariantCulture, $"{code}: F1 {score.F1:0.000} < {floor:0.00} (P {score.Precision:0.000}, R {score.Recall:0.000}, n {score.Support})"));
    }

    [Fact]
    public void EveryCoachTurn_IsAlignedAndScored()
    {
        Assert.Empty(Card.Value.Misaligned);
        Assert.True(Card.Value.ScoredCoachTurns >= 300);
    }
}
