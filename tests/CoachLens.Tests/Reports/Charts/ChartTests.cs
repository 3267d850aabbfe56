using AngleSharp.Html.Parser;
using CoachLens.Reports.Charts;

namespace CoachLens.Tests.Reports.Charts;

public class ChartTests
{
    private static readonly StatusNames Names = new("observed", "partial", "not observed", "not assessable");

    private static AngleSharp.Dom.IElement Parse(string svg) =>
        new HtmlParser().ParseDocument("<body>" + svg + "</body>").QuerySelector("svg") ?? throw new InvalidOperationException("no svg");

    [Fact]
    public void CoverageChart_DrawsOneSegmentPerNonZeroStatus_AndTheObservedCount()
    {
        var svg = Parse(CoverageChart.Render([new CoverageRow("4 Trust", 2, 1, 1, 0), new CoverageRow("5 Presence", 5, 0, 0, 0)], Names, "coverage"));
        Assert.Equal(3 + 1, svg.QuerySelectorAll("rect").Length);
        Assert.Contains("2/4", svg.TextContent, StringComparison.Ordinal);
        Assert.Equal("coverage", svg.GetAttribute("aria-label"));
    }

    [Fact]
    public void Charts_EscapeTheirLabels()
    {
        var text = CoverageChart.Render([new CoverageRow("<script>alert(1)</script>", 1, 0, 0, 0)], Names, "t\"><script>");
        Assert.DoesNotContain("<script>", text, StringComparison.Ordinal);
        Assert.Empty(new HtmlParser().ParseDocument(text).QuerySelectorAll("script"));
    }

    [Fact]
    public void OpennessChart_DrawsTheTrajectoryAndEveryMoment()
    {
        var points = new[] { new TrajectoryPoint(1, 0.2), new TrajectoryPoint(3, 0.4), new TrajectoryPoint(5, 0.9) };
        var moments = new[] { new TrajectoryMoment(5, "rise", "rise after empathy"), new TrajectoryMoment(3, "drop\" onload=\"x", "drop") };
        var svg = Parse(OpennessChart.Render(points, moments, 8, "openness", "turn", "openness over time"));
        var line = svg.QuerySelector("polyline")!;
        Assert.Equal(3, line.GetAttribute("points")!.Split(' ').Length);
        Assert.Equal(2, svg.QuerySelectorAll("circle.moment").Length);
        Assert.Null(svg.QuerySelector("circle[onload]"));
        Assert.NotNull(svg.QuerySelector("circle.m-rise"));
    }

    [Fact]
    public void OpennessChart_PlotsHigherOpennessHigherUp()
    {
        var svg = Parse(OpennessChart.Render([new TrajectoryPoint(0, 0.1), new TrajectoryPoint(2, 0.9)], [], 3, "o", "t", "o"));
        var ys = svg.QuerySelector("polyline")!.GetAttribute("points")!.Split(' ').Select(p => double.Parse(p.Split(',')[1], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.True(ys[1] < ys[0]);
    }

    [Fact]
    public void BarChart_ScalesToTheLargestValue_AndDrawsNothingForZero()
    {
        var svg = Parse(BarChart.Render([new Bar("open", 10, "10", "q-open"), new Bar("closed", 5, "5", "q-closed"), new Bar("stacked", 0, "0", "q-stacked")], "mix", "questions"));
        var widths = svg.QuerySelectorAll("rect").Select(r => double.Parse(r.GetAttribute("width")!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(widths[0] / 2, widths[1], 2);
        Assert.Equal(0, widths[2]);
    }

    [Fact]
    public void ShareChart_SplitsTheBarAtTheCoachsShare_AndDrawsEveryTurn()
    {
        var svg = Parse(ShareChart.Render(0.25, [(10, true), (30, false), (5, true)], "Coach", "Client", "25 %", "75 %", "words", "talk"));
        var coach = svg.QuerySelectorAll("rect.coach")[0];
        Assert.Equal("90", coach.GetAttribute("width"));
        Assert.Equal(2 + 3, svg.QuerySelectorAll("rect").Length);
    }
}
