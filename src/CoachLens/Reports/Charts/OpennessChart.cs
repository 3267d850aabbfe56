namespace CoachLens.Reports.Charts;

/// <summary>The client's openness (0–1) at a turn.</summary>
public sealed record TrajectoryPoint(int Turn, double Openness);

/// <summary>A moment where openness rose, dropped, was repaired or a risk cue showed; its label is already in the report's language.</summary>
public sealed record TrajectoryMoment(int Turn, string Kind, string Label);

/// <summary>A line of the client's openness over the session's turns, with its moments marked.</summary>
public static class OpennessChart
{
    private const double Width = 360;
    private const double Height = 170;
    private const double Left = 26;
    private const double Top = 8;
    private const double Bottom = 24;

    public static string Render(IReadOnlyList<TrajectoryPoint> points, IReadOnlyList<TrajectoryMoment> moments, int turnCount, string yAxis, string xAxis, string title)
    {
        var svg = new Svg(Width, Height, title, "openness");
        var plotH = Height - Top - Bottom;
        var lastTurn = Math.Max(1, Math.Max(turnCount - 1, points.Count == 0 ? 1 : points.Max(p => p.Turn)));
        double X(int turn) => Left + ((Width - Left - 4) * turn / lastTurn);
        double Y(double v) => Top + (plotH * (1 - Math.Clamp(v, 0, 1)));

        foreach (var v in new[] { 0.0, 0.5, 1.0 })
        {
            svg.Line(Left, Y(v), Width - 4, Y(v), v == 0 ? "axis" : "grid");
            svg.Text(Left - 4, Y(v) + 4, Svg.N(v), "tick", "end");
        }

        svg.Text(Left, Height - 6, $"{xAxis} 0", "tick");
        svg.Text(Width - 4, Height - 6, $"{xAxis} {lastTurn}", "tick", "end");
        svg.Text(Left + 4, Top + 10, yAxis, "tick");
        var ordered = points.OrderBy(p => p.Turn).ToList();
        if (ordered.Count > 0)
        {
            svg.Polyline(ordered.Select(p => (X(p.Turn), Y(p.Openness))), "line");
        }

        foreach (var m in moments)
        {
            var near = ordered.Count == 0 ? 0.5 : ordered.MinBy(p => Math.Abs(p.Turn - m.Turn))!.Openness;
            svg.Circle(X(m.Turn), Y(near), 5, "moment m-" + m.Kind, $"{m.Turn}: {m.Label}");
        }

        return svg.ToString();
    }
}
