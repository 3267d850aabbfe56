using CoachLens.Web.Components.Charts;

namespace CoachLens.Web.Tests.Components;

public class SvgTests
{
    [Fact]
    public void Bars_DrawOneBarPerItem_ScaledToItsMaximum()
    {
        var svg = Svg.Bars("coverage", [("3. Agreements", 2, 4), ("4. Trust", 4, 4)]);
        var doc = System.Xml.Linq.XDocument.Parse(svg);
        var rects = doc.Descendants().Where(e => e.Name.LocalName == "rect").ToList();
        Assert.Equal(4, rects.Count);
        Assert.Equal(double.Parse(rects[3].Attribute("width")!.Value, System.Globalization.CultureInfo.InvariantCulture), 2 * double.Parse(rects[1].Attribute("width")!.Value, System.Globalization.CultureInfo.InvariantCulture), 1);
    }

    [Fact]
    public void Labels_AreEscaped_SoTextCannotBecomeMarkup()
    {
        var svg = Svg.Line("t", [("<script>alert(1)</script>", 0.5), ("b&c", 0.7)]);
        Assert.DoesNotContain("<script>", svg, StringComparison.Ordinal);
        System.Xml.Linq.XDocument.Parse(svg);
    }

    [Fact]
    public void Line_PlotsEveryPoint_AndClampsValuesToTheChart()
    {
        var svg = Svg.Line("t", [("a", -1), ("b", 2), ("c", 0.5)]);
        var doc = System.Xml.Linq.XDocument.Parse(svg);
        var ys = doc.Descendants().Where(e => e.Name.LocalName == "circle").Select(c => double.Parse(c.Attribute("cy")!.Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(3, ys.Count);
        Assert.All(ys, y => Assert.InRange(y, 0, 200));
    }
}
