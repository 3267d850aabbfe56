namespace CoachLens.Reports.Charts;

/// <summary>
/// Who talked how much: one bar split between coach and client, and below it the words of every turn in
/// session order, so long coach stretches show at a glance.
/// </summary>
public static class ShareChart
{
    private const double Width = 360;

    /// <param name="turns">Each turn's word count and whether the coach spoke it, in order.</param>
    public static string Render(double coachShare, IReadOnlyList<(int Words, bool Coach)> turns, string coachLabel, string clientLabel, string coachShown, string clientShown, string turnsTitle, string title)
    {
        var svg = new Svg(Width, 150, title, "talk");
        var split = Width * Math.Clamp(coachShare, 0, 1);
        svg.Text(0, 14, $"{coachLabel} {coachShown}", "label");
        svg.Text(Width, 14, $"{clientLabel} {clientShown}", "label", "end");
        svg.Rect(0, 20, split, 18, "coach", $"{coachLabel}: {coachShown}");
        svg.Rect(split, 20, Width - split, 18, "client", $"{clientLabel}: {clientShown}");

        svg.Text(0, 66, turnsTitle, "label");
        const double baseY = 146;
        const double maxH = 70;
        var max = turns.Count == 0 ? 0 : turns.Max(t => t.Words);
        var step = turns.Count == 0 ? 0 : Width / turns.Count;
        for (var i = 0; i < turns.Count; i++)
        {
            var h = max == 0 ? 0 : maxH * turns[i].Words / max;
            svg.Rect(i * step, baseY - h, Math.Max(step - 0.6, 0.6), h, turns[i].Coach ? "coach" : "client", $"{i}: {turns[i].Words}");
        }

        svg.Line(0, baseY, Width, baseY, "axis");
        return svg.ToString();
    }
}
