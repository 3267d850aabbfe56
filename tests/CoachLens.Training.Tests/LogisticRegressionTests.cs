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

    [Fact]
    public void Train_GivesBitForBitTheSameWeightsEveryTime()
    {
        var rows = Enumerable.Range(0, 60).Select(i => new[] { i % 7, 7 + (i % 5), 12 + (i % 3) }).ToArray();
        var labels = Enumerable.Range(0, 60).Select(i => (i % 7) + (i % 3) > 4).ToArray();
        var first = LogisticRegression.Train(rows, labels, 15, l2: 0.3);
        var second = LogisticRegression.Train(rows, labels, 15, l2: 0.3);
        Assert.Equal(first.Weights, second.Weights);
        Assert.Equal(first.Bias, second.Bias);
    }
}
