namespace CoachLens.Reports.Charts;

/// <summary>One competency's markers by status.</summary>
public sealed record CoverageRow(string Label, int Observed, int Partial, int NotObserved, int NotAssessable)
{
    public int Total => Observed + Partial + NotObserved + NotAssessable;
}

/// <summary>The names of the four statuses, in the report's language, for the legend.</summary>
public sealed record StatusNames(string Observed, string Partial, string NotObserved, string NotAssessable);

/// <summary>
/// Stacked horizontal bars: for each competency, how many markers were observed, partial, not observed or not
/// assessable. The legend is left to the page, where it can wrap on a narrow screen.
/// </summary>
public static class CoverageChart
{
    private const double Width = 360;
    private const double RowHeight = 40;

    public static string Render(IReadOnlyList<CoverageRow> rows, StatusNames names, string title)
    {
        var height = rows.Count * RowHeight;
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

        return svg.ToString();
    }

}
