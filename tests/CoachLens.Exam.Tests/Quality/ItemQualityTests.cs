using System.Text.RegularExpressions;
using CoachLens.Exam.Bank;
using CoachLens.Exam.Quality;
using Xunit.Abstractions;

namespace CoachLens.Exam.Tests.Quality;

/// <summary>Item quality as tests (issue 8): no near-duplicate stems, distinct best and worst, every option explained in both languages, balanced keys, no length give-away.</summary>
public partial class ItemQualityTests(ITestOutputHelper output)
{
    private static readonly ItemBank Bank = ItemBank.Default;

    [Fact]
    public void EveryItem_IsCompleteInEnglishAndTurkish_WithEveryOptionExplained()
    {
        var incomplete = Bank.Items
            .SelectMany(i => ExamLanguages.All.Where(l => !i.IsCompleteIn(l)).Select(l => $"{i.Id} ({l.Code()})"))
            .ToList();
        Assert.Empty(incomplete);
    }

    [Fact]
    public void SituationalItems_HaveDifferentBestAndWorst() =>
        Assert.All(Bank.OfKind(ItemKind.Situational), i => Assert.NotEqual(i.Key, i.Worst));

    [Fact]
    public void NoTwoStems_AreNearDuplicates_InEitherLanguage()
    {
        var pairs = ExamLanguages.All.SelectMany(l => BankStats.SimilarStems(Bank, l).Select(p => (Language: l, Pair: p)))
            .OrderByDescending(x => x.Pair.Similarity).ToList();
        foreach (var (language, pair) in pairs.Take(5))
        {
            output.WriteLine($"{language.Code()} {pair.First} ~ {pair.Second}: {pair.Similarity:0.00}");
        }

        var duplicates = pairs.Where(x => x.Pair.Similarity >= QualityLimits.NearDuplicateStems).Select(x => $"{x.Pair.First}~{x.Pair.Second}").ToList();
        Assert.Empty(duplicates);
    }

    [Fact]
    public void NoTwoSituationalItems_ShareAResponse()
    {
        // Knowledge items may reuse a list of marker names as options; a coach's response should be written for its scenario.
        var texts = Bank.OfKind(ItemKind.Situational).SelectMany(i => i.Options.Select(o => (i.Id, Text: o.En!.Text.Trim().ToLowerInvariant())))
            .Where(x => x.Text.Length > 40)
            .GroupBy(x => x.Text).Where(g => g.Select(x => x.Id).Distinct().Count() > 1).Select(g => g.Key).ToList();
        Assert.Empty(texts);
    }

    [Fact]
    public void Explanations_CiteValidSubItems_AndTheSameOnesInBothLanguages()
    {
        foreach (var item in Bank.Items)
        {
            foreach (var option in item.Options)
            {
                var en = Cited(option.En!.Explanation);
                var tr = Cited(option.Tr!.Explanation);
                Assert.True(en.Count > 0, $"{item.Id} {option.Key}: the explanation cites no sub-item");
                Assert.True(en.SetEquals(tr), $"{item.Id} {option.Key}: en cites {string.Join(",", en)}, tr cites {string.Join(",", tr)}");
                Assert.All(en, id => Assert.True(Competencies.IsValidSubItem(id) || Competencies.IsValidPccMarker(id), $"{item.Id} {option.Key} cites {id}"));
            }
        }
    }

    [Fact]
    public void KeyPositions_AreBalanced()
    {
        var stats = BankStats.Compute(Bank);
        foreach (var (name, positions) in new[] { ("best", stats.BestPositions), ("worst", stats.WorstPositions), ("answer", stats.AnswerPositions) })
        {
            var total = positions.Values.Sum();
            output.WriteLine($"{name}: {string.Join(" ", positions.Select(p => $"{p.Key}:{p.Value}"))}");
            Assert.All(positions, p => Assert.InRange((double)p.Value / total, QualityLimits.PositionShareMin, QualityLimits.PositionShareMax));
        }
    }

    [Fact]
    public void KeyedOptions_AreNotGivenAwayByLength()
    {
        var stats = BankStats.Compute(Bank);
        output.WriteLine("kind         lang  keyed  other  ratio  longest-is-key");
        foreach (var l in stats.Lengths)
        {
            output.WriteLine($"{l.Kind,-12} {l.Language,-5} {l.KeyedMean,5:0.0}  {l.OtherMean,5:0.0}  {l.Ratio,5:0.00}  {l.LongestIsKeyedShare,6:P1}");
        }

        Assert.All(stats.Lengths, l =>
        {
            Assert.InRange(l.Ratio, 1 - QualityLimits.KeyedLengthTolerance, 1 + QualityLimits.KeyedLengthTolerance);
            Assert.InRange(l.LongestIsKeyedShare, 0, QualityLimits.LongestIsKeyedMax);
        });
    }

    private static HashSet<string> Cited(string explanation) =>
        SubItemId().Matches(explanation).Select(m => m.Value).ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"(?<![\d.])\d\.\d{1,2}(?![\d.]\d)")]
    private static partial Regex SubItemId();
}
