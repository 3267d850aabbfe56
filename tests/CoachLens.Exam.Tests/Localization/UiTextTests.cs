using System.Text;
using CoachLens.Exam.Bank;
using CoachLens.Exam.Localization;

namespace CoachLens.Exam.Tests.Localization;

public class UiTextTests
{
    [Fact]
    public void EveryString_ExistsInEnglishAndTurkish()
    {
        Assert.NotEmpty(UiText.Keys);
        Assert.All(UiText.Keys, k =>
        {
            Assert.False(string.IsNullOrWhiteSpace(UiText.English[k]));
            Assert.False(string.IsNullOrWhiteSpace(UiText.Turkish[k]));
        });
    }

    [Fact]
    public void CompetencyAndDomainNames_AreThere_InBothLanguages()
    {
        Assert.Equal("Etik Kuralları Uygular", UiText.Turkish.CompetencyName(1));
        Assert.Equal("Cultivates Trust and Safety", UiText.English.CompetencyName(4));
        Assert.All(Competencies.Domains, d => Assert.NotEqual(UiText.English.DomainName(d), UiText.Turkish.DomainName(d)));
    }

    [Fact]
    public void Percentages_FollowEachLanguage()
    {
        Assert.Equal("71.5%", UiText.English.Percent(71.5));
        Assert.Equal("%71,5", UiText.Turkish.Percent(71.5));
    }

    [Fact]
    public void StringsWithDifferentPlaceholders_AreRejected()
    {
        var json = """{ "version": "1", "source": "t", "strings": { "x": { "en": "{0} of {1}", "tr": "{0}" } } }""";
        Assert.Throws<InvalidDataException>(() => UiText.Parse(new MemoryStream(Encoding.UTF8.GetBytes(json))));
    }

    [Fact]
    public void Caveat_SaysPlainlyItIsNotIcfsScaledScore()
    {
        Assert.Contains("not ICF's scaled score", UiText.English["results.caveat"], StringComparison.Ordinal);
        Assert.Contains("200", UiText.English["results.caveat"], StringComparison.Ordinal);
        Assert.Contains("460", UiText.Turkish["results.caveat"], StringComparison.Ordinal);
        Assert.Contains("ölçeklenmiş puanı değildir", UiText.Turkish["results.caveat"], StringComparison.Ordinal);
    }
}
