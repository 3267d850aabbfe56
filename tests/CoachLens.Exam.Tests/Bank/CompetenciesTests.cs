using CoachLens.Exam.Bank;

namespace CoachLens.Exam.Tests.Bank;

public class CompetenciesTests
{
    [Theory]
    [InlineData("1.7", true)]
    [InlineData("1.8", false)]
    [InlineData("3.11", true)]
    [InlineData("3.12", false)]
    [InlineData("7.11", true)]
    [InlineData("8.8", true)]
    [InlineData("8.9", false)]
    [InlineData("0.1", false)]
    [InlineData("4.01", false)]
    [InlineData("4", false)]
    public void SubItemIds_FollowIcf2019Numbering(string id, bool valid) =>
        Assert.Equal(valid, Competencies.IsValidSubItem(id));

    [Theory]
    [InlineData("8.9", true)]
    [InlineData("6.7", true)]
    [InlineData("1.1", false)]
    [InlineData("5.6", false)]
    public void PccMarkerIds_FollowThe37Markers(string id, bool valid) =>
        Assert.Equal(valid, Competencies.IsValidPccMarker(id));

    [Fact]
    public void Domains_PairTheCompetencies() =>
        Assert.Equal("AABBCCDD", string.Concat(Competencies.All.Select(Competencies.DomainOf)));
}
