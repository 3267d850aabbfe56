using CoachLens.Exam.Bank;
using CoachLens.Exam.Forms;
using CoachLens.Exam.Quality;
using CoachLens.Exam.Tests.Support;
using Xunit.Abstractions;

namespace CoachLens.Exam.Tests.Forms;

/// <summary>The real forms built from the shipped bank: sizes, sections, time, no overlap, the content weights.</summary>
public class FormBuilderTests(ITestOutputHelper output)
{
    private static readonly ItemBank Bank = ItemBank.Default;

    private static ExamForm Form(string id) =>
        FormBuilder.Build(Bank, id).Form ?? throw new InvalidOperationException($"{id}: {string.Join("; ", FormBuilder.Build(Bank, id).Shortages)}");

    [Theory]
    [InlineData(FormSpec.PccA)]
    [InlineData(FormSpec.PccB)]
    public void PccForm_Has78SituationalItems_InTwoSectionsOf39_In3Hours(string id)
    {
        var form = Form(id);
        Assert.Equal(78, form.ItemCount);
        Assert.Equal([39, 39], form.Sections.Select(s => s.ItemIds.Count));
        Assert.Equal(TimeSpan.FromHours(3), form.TimeLimit);
        Assert.All(form.ItemIds, i => Assert.Equal(ItemKind.Situational, Bank.Get(i).Kind));
        Assert.Equal(78, form.ItemIds.Distinct().Count());
    }

    [Fact]
    public void AccForm_Has60KnowledgeItems_In90Minutes()
    {
        var form = Form(FormSpec.Acc);
        Assert.Equal(60, form.ItemCount);
        Assert.Equal(TimeSpan.FromMinutes(90), form.TimeLimit);
        Assert.All(form.ItemIds, i => Assert.Equal(ItemKind.Knowledge, Bank.Get(i).Kind));
    }

    [Fact]
    public void PccForms_ShareNoItem() =>
        Assert.Empty(Form(FormSpec.PccA).ItemIds.Intersect(Form(FormSpec.PccB).ItemIds));

    [Theory]
    [InlineData(FormSpec.PccA)]
    [InlineData(FormSpec.PccB)]
    [InlineData(FormSpec.Acc)]
    public void EachForm_MeetsTheContentWeights(string id)
    {
        var form = Form(id);
        foreach (var c in Competencies.All)
        {
            var count = form.ItemIds.Count(i => Bank.Get(i).Competency == c);
            var share = (double)count / form.ItemCount;
            output.WriteLine($"{id} competency {c}: {count} items, {share:P1} (weight {TopicWeights.Of(c):P1})");
            Assert.Equal(TopicWeights.Quotas(form.ItemCount)[c], count);
            Assert.InRange(share, TopicWeights.Of(c) - 0.015, TopicWeights.Of(c) + 0.015);
        }
    }

    [Theory]
    [InlineData(FormSpec.PccA)]
    [InlineData(FormSpec.PccB)]
    public void PccSections_HaveTheSameMixOfCompetencies(string id)
    {
        var form = Form(id);
        foreach (var c in Competencies.All)
        {
            var counts = form.Sections.Select(s => s.ItemIds.Count(i => Bank.Get(i).Competency == c)).ToList();
            Assert.True(Math.Abs(counts[0] - counts[1]) <= 1, $"competency {c}: {counts[0]} and {counts[1]}");
        }
    }

    [Theory]
    [InlineData(FormSpec.PccA)]
    [InlineData(FormSpec.PccB)]
    [InlineData(FormSpec.Acc)]
    public void EachForm_HasBalancedKeyPositions(string id)
    {
        var items = Form(id).ItemIds.Select(Bank.Get).ToList();
        foreach (var keys in new[] { items.Select(i => i.Key).ToList(), items.Where(i => i.Worst is not null).Select(i => i.Worst!.Value).ToList() }.Where(k => k.Count > 0))
        {
            output.WriteLine($"{id}: {string.Join(" ", "ABCD".Select(k => $"{k}:{keys.Count(x => x == k)}"))}");
            Assert.All("ABCD", k => Assert.InRange((double)keys.Count(x => x == k) / keys.Count, QualityLimits.PositionShareMin - 0.03, QualityLimits.PositionShareMax + 0.03));
        }
    }

    [Theory]
    [InlineData(FormSpec.PccA)]
    [InlineData(FormSpec.PccB)]
    public void PccForms_EachCoverEveryTrustAndSafetyTopic(string id)
    {
        var topics = Form(id).ItemIds.Select(Bank.Get).Where(i => i.Competency == 4).Select(i => i.Topic).ToHashSet();
        Assert.All(BankTargets.TrustTopics, t => Assert.Contains(t, topics));
    }

    [Fact]
    public void Forms_AreTheSameEveryTime() =>
        Assert.Equal(Form(FormSpec.PccA).Sections.SelectMany(s => s.ItemIds), FormBuilder.Build(Bank, FormSpec.PccA).Form!.Sections.SelectMany(s => s.ItemIds));

    [Fact]
    public void ShortBank_ReportsEachShortCompetency_AndBuildsNoForm()
    {
        var bank = ItemBank.From(Some.FullBank().Items.Where(i => !(i.Kind == ItemKind.Situational && i.Competency == 2 && string.CompareOrdinal(i.Id, "s2-05") > 0)));
        var result = FormBuilder.Build(bank, FormSpec.PccA);
        Assert.Null(result.Form);
        Assert.Equal(new FormShortage(2, ItemKind.Situational, 5, 18), Assert.Single(result.Shortages));
        Assert.NotNull(FormBuilder.Build(bank, FormSpec.Acc).Form);
    }

    [Fact]
    public void ItemsMissingTurkish_AreLeftOutOfForms()
    {
        var full = Some.FullBank(situationalPerCompetency: 21);
        var oneEnglishOnly = full.Items.Select(i => i.Id == "s1-01" ? i with { Stem = i.Stem with { Tr = null } } : i);
        var bank = ItemBank.From(oneEnglishOnly);
        var forms = new[] { FormSpec.PccA, FormSpec.PccB }.Select(f => FormBuilder.Build(bank, f).Form!).ToList();
        Assert.DoesNotContain("s1-01", forms.SelectMany(f => f.ItemIds));
    }
}
