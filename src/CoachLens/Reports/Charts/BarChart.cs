namespace CoachLens.Reports.Charts;

/// <summary>One labelled bar.</summary>
public sealed record Bar(string Label, double Value, string Shown, string CssClass);

/// <summary>Labelled horizontal bars scaled to the largest value, such as the mix of the coach's questions.</summary>
public static class BarChart
{
    private const double Width = 360;
    private const double RowHeight = 38;

    public static string Render(IReadOnlyList<Bar> bars, string title, string cssClass)
    {
        var svg = new Svg(Width, Math.Max(1, bars.Count) * RowHeight, title, cssClass);
        var max = bars.Count == 0 ? 0 : bars.Max(b => b.Value);
        for (var i = 0; i < bars.Count; i++)
        {
            var b = bars[i];
            var y = i * RowHeight;
            svg.Text(0, y + 14, b.Label, "label");
            var w = max <= 0 ? 0 : (Width - 50) * b.Value / max;
            svg.Rect(0, y + 19, Math.Max(w, b.Value > 0 ? 2 : 0), 14, b.CssClass, $"{b.Label}: {b.Shown}");
            svg.Text(Width, y + 31, b.Shown, "value", "end");
        }

        return svg.ToString();
    }
}
