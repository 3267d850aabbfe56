using CoachLens.Exam.Bank;
using CoachLens.Exam.Tests.Support;

namespace CoachLens.Exam.Tests.Bank;

public class BankLoaderTests
{
    [Fact]
    public void EmbeddedBank_Loads_WithEveryFileAndNoDuplicateIds()
    {
        var bank = ItemBank.Default;
        Assert.NotEmpty(bank.Files);
        Assert.Equal(bank.Files.Sum(f => f.Items.Count), bank.Items.Count);
        Assert.Equal(bank.Items.Count, bank.Items.Select(i => i.Id).Distinct().Count());
    }

    [Fact]
    public void ValidItem_IsRead_WithItsKeysAndTexts()
    {
        var item = BankJson.Load(BankJson.File(BankJson.ValidSituational)).Items.Single();
        Assert.Equal(("s4-01", ItemKind.Situational, 4, 'C', (char?)'A'), (item.Id, item.Kind, item.Competency, item.Key, item.Worst));
        Assert.Equal("Danışan, koçun sorusundan sonra kaşlarını çatıyor.", item.StemIn(ExamLanguage.Tr));
        Assert.True(item.IsCompleteIn(ExamLanguage.Tr));
    }

    [Theory]
    [InlineData("\"worst\": \"A\"", "\"worst\": \"C\"", "differ")]
    [InlineData("\"best\": \"C\"", "\"best\": \"E\"", "best and worst")]
    [InlineData("\"subItems\": [\"4.4\"]", "\"subItems\": [\"4.7\"]", "subItems")]
    [InlineData("\"subItems\": [\"4.4\"]", "\"subItems\": [\"1.8\"]", "subItems")]
    [InlineData("\"competency\": 4", "\"competency\": 5", "id must be")]
    [InlineData("\"kind\": \"situational\"", "\"kind\": \"essay\"", "kind")]
    [InlineData("{ \"key\": \"D\"", "{ \"key\": \"E\"", "A, B, C, D")]
    [InlineData("\"en\": { \"text\": \"b\", \"explanation\": \"eb (4.4).\" }", "\"en\": { \"text\": \"b\", \"explanation\": \"\" }", "English")]
    [InlineData("\"topic\": \"repair-after-misstep\"", "\"topic\": \"Repair After\"", "topic")]
    public void BrokenItem_FailsAtLoad_NamingTheProblem(string from, string to, string expected)
    {
        var json = BankJson.File(BankJson.ValidSituational.Replace(from, to, StringComparison.Ordinal));
        var ex = Assert.Throws<InvalidDataException>(() => BankJson.Load(json));
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
        Assert.Contains("s4-01", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingTurkish_IsAllowed_ButTheItemIsNotCompleteInTurkish()
    {
        var json = BankJson.File(BankJson.ValidSituational.Replace("\"tr\": \"Danışan, koçun sorusundan sonra kaşlarını çatıyor.\"", "\"tr\": \"\"", StringComparison.Ordinal));
        var item = BankJson.Load(json).Items.Single();
        Assert.True(item.IsCompleteIn(ExamLanguage.En));
        Assert.False(item.IsCompleteIn(ExamLanguage.Tr));
        Assert.Equal("A client frowns after the coach's question.", item.StemIn(ExamLanguage.Tr));
    }

    [Fact]
    public void DuplicateIds_AcrossFiles_FailWhenTheBankIsBuilt()
    {
        var file = BankJson.Load(BankJson.File(BankJson.ValidSituational));
        var ex = Assert.Throws<InvalidDataException>(() => ItemBank.From([file, file with { Name = "other.json" }]));
        Assert.Contains("s4-01", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void KnowledgeItem_WithBestAndWorst_IsRejected()
    {
        var knowledge = BankJson.ValidSituational
            .Replace("\"s4-01\"", "\"k4-01\"", StringComparison.Ordinal)
            .Replace("\"situational\"", "\"knowledge\"", StringComparison.Ordinal)
            .Replace("\"scenario\"", "\"question\"", StringComparison.Ordinal);
        Assert.Throws<InvalidDataException>(() => BankJson.Load(BankJson.File(knowledge)));
        var fixedItem = knowledge.Replace("\"best\": \"C\", \"worst\": \"A\",", "\"answer\": \"C\",", StringComparison.Ordinal);
        Assert.Equal('C', BankJson.Load(BankJson.File(fixedItem)).Items.Single().Key);
    }
}
