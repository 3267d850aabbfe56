using System.Text.RegularExpressions;
using CoachLens.Web.Setup;

namespace CoachLens.Web.Tests.Setup;

public partial class UiStringsTests
{
    [Fact]
    public void EveryLanguage_HasTheSameKeys_AndPlaceholders()
    {
        var en = UiStrings.Default.Of("en");
        foreach (var lang in UiStrings.Languages)
        {
            var other = UiStrings.Default.Of(lang);
            Assert.Equal(en.Keys.Order(StringComparer.Ordinal), other.Keys.Order(StringComparer.Ordinal));
            foreach (var (key, text) in en)
            {
                Assert.True(
                    Placeholders(text).SequenceEqual(Placeholders(other[key])),
                    $"{lang}:{key} has other placeholders than en");
                Assert.False(string.IsNullOrWhiteSpace(other[key]), $"{lang}:{key} is empty");
            }
        }
    }

    [Fact]
    public void Turkish_IsReallyTranslated()
    {
        var en = UiStrings.Default.Of("en");
        var tr = UiStrings.Default.Of("tr");
        // The product's name, a format-only string and a word both languages share.
        string[] sameInBoth = ["home.title", "report.col.status", "audit.system", "review.by", "exam.col.form"];
        var same = en.Keys.Where(k => en[k] == tr[k] && !sameInBoth.Contains(k)).ToList();
        Assert.True(same.Count == 0, $"not translated: {string.Join(", ", same)}");
    }

    private static IEnumerable<string> Placeholders(string text) => Placeholder().Matches(text).Select(m => m.Value).Order(StringComparer.Ordinal);

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();
}
