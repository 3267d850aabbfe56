using CoachLens.Exam.Bank;

namespace CoachLens.Exam.Tests.Quality;

/// <summary>The bank holds what issue 8 asks for: enough items per competency and kind, and the Trust and Safety coverage.</summary>
public class BankCoverageTests
{
    private static readonly ItemBank Bank = ItemBank.Default;

    public static TheoryData<int> CompetencyNumbers() => [.. Competencies.All];

    [Theory]
    [MemberData(nameof(CompetencyNumbers))]
    public void EachCompetency_MeetsItsSituationalAndKnowledgeTargets(int competency)
    {
        Assert.True(Bank.Of(ItemKind.Situational, competency).Count() >= BankTargets.For(ItemKind.Situational, competency),
            $"competency {competency}: {Bank.Of(ItemKind.Situational, competency).Count()} situational items, target {BankTargets.For(ItemKind.Situational, competency)}");
        Assert.True(Bank.Of(ItemKind.Knowledge, competency).Count() >= BankTargets.For(ItemKind.Knowledge, competency),
            $"competency {competency}: {Bank.Of(ItemKind.Knowledge, competency).Count()} knowledge items, target {BankTargets.For(ItemKind.Knowledge, competency)}");
        Assert.True(Bank.Items.Count(i => i.Competency == competency) >= BankTargets.MinimumPerCompetency);
    }

    [Fact]
    public void Totals_AreAtLeast160SituationalAnd120Knowledge()
    {
        Assert.True(Bank.OfKind(ItemKind.Situational).Count() >= 160);
        Assert.True(Bank.OfKind(ItemKind.Knowledge).Count() >= 120);
    }

    [Fact]
    public void TrustAndSafety_HasAtLeast40Items_CoveringEveryRequiredTopic()
    {
        var trust = Bank.Items.Where(i => i.Competency == 4).ToList();
        Assert.True(trust.Count >= BankTargets.MinimumTrustAndSafety, $"{trust.Count} Trust and Safety items");
        foreach (var topic in BankTargets.TrustTopics)
        {
            Assert.True(trust.Count(i => i.Topic == topic) >= 3, $"topic {topic}: {trust.Count(i => i.Topic == topic)} items");
        }
    }

    [Fact]
    public void EachFile_HoldsOneKindAndOneCompetency_AsItsNameSays()
    {
        foreach (var file in Bank.Files)
        {
            var name = Path.GetFileNameWithoutExtension(file.Name);
            var kind = name.StartsWith("situational-", StringComparison.Ordinal) ? ItemKind.Situational : ItemKind.Knowledge;
            var competency = int.Parse(name[(name.LastIndexOf('-') + 1)..], System.Globalization.CultureInfo.InvariantCulture);
            Assert.All(file.Items, i => Assert.Equal((kind, competency), (i.Kind, i.Competency)));
        }
    }
}
