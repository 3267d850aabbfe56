using System.Globalization;
using CoachLens.Evaluation;

namespace CoachLens.Training.Tests;

/// <summary>
/// The cross-validated accuracy on the AnnoMI development data (docs/accuracy.md). Each code must stay at
/// or above its floor: the issue's target where it is met, otherwise the recorded result less 0.01, so a
/// change that loses accuracy fails here. The targets not met are listed in docs/accuracy.md.
/// </summary>
public class CrossValidationTests
{
    //  code               issue target  floor
    private static readonly (string Code, double Target, double Floor)[] Expected =
    [
        ("question",        0.93, 0.885),
        ("open_question",   0.82, 0.735),
        ("closed_question", 0.78, 0.600),
        ("reflection",      0.65, 0.650),
        ("advice",          0.50, 0.335),
        ("information",     0.60, 0.455),
    ];

    private static readonly Lazy<Scorecard> Card = new(() =>
        Evaluator.Score(CrossValidation.Predict(Annomi.Corpus, 5, Defaults.Trainer), Evaluator.CodesOf(Annomi.Corpus.Documents)));

    [AnnomiFact]
    public void CrossValidatedF1_StaysAtOrAboveEachCodesFloor()
    {
        var below = Expected
            .Where(e => Scorecard.Round(Card.Value[e.Code].F1) < e.Floor)
            .Select(e => string.Create(CultureInfo.InvariantCulture, $"{e.Code}: {Card.Value[e.Code].F1:0.000} < floor {e.Floor:0.000} (target {e.Target:0.00})"))
            .ToList();
        Assert.True(below.Count == 0, string.Join("\n", below));
    }

    [AnnomiFact]
    public void Floors_NeverExceedTheIssueTargets()
    {
        Assert.All(Expected, e => Assert.True(e.Floor <= e.Target, e.Code));
        Assert.Equal(Card.Value.Codes.Select(c => c.Code), Expected.Select(e => e.Code));
    }

    [AnnomiFact]
    public void CrossValidation_CodesEveryCoachTurnWithAModelThatDidNotSeeIt()
    {
        Assert.Equal(3475, Card.Value.ScoredCoachTurns);
        Assert.Empty(Card.Value.Misaligned);
    }
}
