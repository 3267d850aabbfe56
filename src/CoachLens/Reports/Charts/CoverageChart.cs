namespace CoachLens.Reports.Charts;

/// <summary>One competency's markers by status.</summary>
public sealed record CoverageRow(string Label, int Observed, int Partial, int NotObserved, int NotAssessable)
{
    public int Total => Observed + Partial + NotObserved + NotAssessable;
}

/// <summary>The names of the four statuses, in the report's language, for the legend.</summary>
public sealed record StatusNames(string Observed, string Partial, string NotObserved, string NotAssessable);

/// <summary>Stacked horizontal bars: for each competency, how many markers were observed, partial, not observed or not assessable.</summary>
public static class CoverageChart
{
    private const double Width = 400;
    private const double RowHeight = 40;

    public static string Render(IReadOnlyList<CoverageRow> rows, StatusNames names, string title)
    {
        var height = (rows.Count * RowHeight) + 34;
        var svg = new Svg(Width, height, title, "coverage");
        var barWidth = Width - 50;
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var y = i * RowHeight;
            svg.Text(0, y + 14, row.Label, "label");
            var x = 0.0;
            var unit = row.Total == 0 ? 0 : barWidth / row.Total;
            foreach (var (count, css, name) in new[]
            {
                (row.Observed, "s-observed", names.Observed),
                (row.Partial, "s-partial", names.Partial),
                (row.NotObserved, "s-not_observed", names.NotObserved),
                (row.NotAssessable, "s-not_assessable", names.NotAssessable),
            })
            {
                if (count > 0)
                {
                    svg.Rect(x, y + 20, (count * unit) - 1, 14, css, $"{row.Label}: {name} {count}");
                    x += count * unit;
                }
            }

            svg.Text(Width, y + 32, $"{row.Observed}/{row.Total - row.NotAssessable}", "value", "end");
        }

        Legend(svg, rows.Count * RowHeight + 8, names);
        return svg.ToString();
    }

    private static void Legend(Svg svg, double y, StatusNames names)
    {
        var items = new[] { ("s-observed", names.Observed), ("s-partial", names.Partial), ("s-not_observed", names.NotObserved), ("s-not_assessable", names.NotAssessable) };
        var x = 0.0;
        foreach (var (css, name) in items)
        {
            svg.Rect(x, y + 4, 10, 10, css);
            svg.Text(x + 14, y + 13, name, "legend");
            x += 22 + (name.Length * 6.2);
        }
    }
}
