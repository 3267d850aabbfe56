using System.Text;
using CoachLens.Detection;
using CoachLens.Localization;

namespace CoachLens.Tests.Localization;

public class TextCatalogTests
{
    private static Stream Json(string text) => new MemoryStream(Encoding.UTF8.GetBytes(text));

    [Fact]
    public void EmbeddedCatalog_LoadsEveryLanguage()
    {
        foreach (var language in Languages.All)
        {
            Assert.Equal(language, Texts.For(language).Language);
        }
    }

    [Fact]
    public void MissingTranslation_FailsAtLoad()
    {
        var ex = Assert.Throws<InvalidDataException>(() => TextCatalog.Parse([("x", Json("""{"version":"1","texts":{"a.b":{"en":"Hello"}}}"""))]));
        Assert.Contains("'a.b' has no tr text", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TranslationWithOtherPlaceholders_FailsAtLoad()
    {
        var ex = Assert.Throws<InvalidDataException>(() => TextCatalog.Parse([("x", Json("""{"version":"1","texts":{"a":{"en":"turn {turn}","tr":"konuşma {tur}"}}}"""))]));
        Assert.Contains("placeholders", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DuplicateKey_FailsAtLoad() =>
        Assert.Throws<InvalidDataException>(() => TextCatalog.Parse(
        [
            ("x", Json("""{"version":"1","texts":{"a":{"en":"A","tr":"A"}}}""")),
            ("y", Json("""{"version":"1","texts":{"a":{"en":"A","tr":"A"}}}""")),
        ]));

    [Fact]
    public void EveryBehaviorCode_HasALabelInEveryLanguage()
    {
        foreach (var language in Languages.All)
        {
            Assert.All(Behaviors.All, code => Assert.True(Texts.For(language).Has("behavior." + code), $"behavior.{code} has no {language} label"));
        }
    }

    [Fact]
    public void Format_FillsPlaceholdersOnce_EvenWhenAValueLooksLikeOne()
    {
        var text = Texts.English.Format("where.turnAt", ("turn", "{time}"), ("time", "00:01:00"));
        Assert.Equal("turn {time} at 00:01:00", text);
    }

    [Theory]
    [InlineData("en", 0.14, "14 %", 9.25, "9.3")]
    [InlineData("tr", 0.14, "%14", 9.25, "9,3")]
    public void Numbers_AreWrittenTheWayTheLanguageWritesThem(string language, double share, string percent, double value, string number)
    {
        var texts = Texts.For(language);
        Assert.Equal(percent, texts.Percent(share));
        Assert.Equal(number, texts.Number(value));
    }
}
