namespace CoachLens.Training.Tests;

public class LogisticRegressionTests
{
    [Fact]
    public void Train_GivesTheTellingFeatureAPositiveWeightAndTheNoiseNone()
    {
        // Feature 0 marks the positives; feature 1 is on everywhere.
        var rows = new[] { new[] { 0, 1 }, [0, 1], [1], [1], [1], [0, 1] };
        var labels = new[] { true, true, false, false, false, true };
        var fit = LogisticRegression.Train(rows, labels, 2, l2: 0.1);
        Assert.True(fit.Weights[0] > 2, $"weight {fit.Weights[0]}");
        Assert.True(Math.Abs(fit.Weights[1]) < Math.Abs(fit.Weights[0]));
    }

    [Fact]
    public void StrongerPenalty_GivesSmallerWeights()
    {
        var rows = new[] { new[] { 0 }, [0], [1], [1] };
        var labels = new[] { true, true, false, false };
        var loose = LogisticRegression.Train(rows, labels, 2, l2: 0.01);
        var tight = LogisticRegression.Train(rows, labels, 2, l2: 10);
        Assert.True(Math.Abs(tight.Weights[0]) < Math.Abs(loose.Weights[0]));
    }

    [Fact]
    public void PositiveWeight_RaisesTheProbabilityOfARarePositive()
    {
        var rows = new[] { new[] { 0 }, [0], [0], [0], [0] };
        var labels = new[] { true, false, false, false, false };
        var plain = LogisticRegression.Train(rows, labels, 1, l2: 1);
        var weighted = LogisticRegression.Train(rows, labels, 1, l2: 1, positiveWeight: 4);
        Assert.True(weighted.Bias + weighted.Weights[0] > plain.Bias + plain.Weights[0]);
    }
}
