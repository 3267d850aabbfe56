using CoachLens.Exam.Forms;

namespace CoachLens.Exam.Tests.Forms;

public class TopicWeightsTests
{
    [Fact]
    public void PccForm_Of78_Gives10_9_9_10_10_10_10_10() =>
        Assert.Equal([10, 9, 9, 10, 10, 10, 10, 10], TopicWeights.Quotas(78).OrderBy(q => q.Key).Select(q => q.Value));

    [Fact]
    public void AccForm_Of60_Gives8_7_7_8_8_8_7_7() =>
        Assert.Equal([8, 7, 7, 8, 8, 8, 7, 7], TopicWeights.Quotas(60).OrderBy(q => q.Key).Select(q => q.Value));

    [Theory]
    [InlineData(39)]
    [InlineData(60)]
    [InlineData(78)]
    [InlineData(100)]
    public void Quotas_AddUpAndStayWithinOneItemOfTheWeights(int total)
    {
        var quotas = TopicWeights.Quotas(total);
        Assert.Equal(total, quotas.Values.Sum());
        Assert.All(quotas, q => Assert.InRange(q.Value, (TopicWeights.Of(q.Key) * total) - 1, (TopicWeights.Of(q.Key) * total) + 1));
    }
}
