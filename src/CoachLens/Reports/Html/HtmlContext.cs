using CoachLens.Localization;
using CoachLens.Rubrics;

namespace CoachLens.Reports.Html;

/// <summary>What every section of the HTML report reads: the finished report, its rubric and its language.</summary>
public sealed record HtmlContext(AnalysisReport Report, Rubric Rubric, Texts Texts)
{
    public static string E(string? text) => HtmlText.Escape(text);

    /// <summary>A link to a turn of the annotated transcript.</summary>
    public string TurnLink(int turn, double? start) => TurnLink(turn, ReportWords.Where(Texts, turn, start));

    /// <summary>A link to a turn of the annotated transcript with its own label, such as just the turn number in a list.</summary>
    public static string TurnLink(int turn, string label) =>
        $"<a href=\"#turn-{turn.ToString(System.Globalization.CultureInfo.InvariantCulture)}\" class=\"where\">{E(label)}</a>";

    /// <summary>"turns 2, 4, 8" with each number linked to its turn.</summary>
    public string TurnList(IEnumerable<int> turns) =>
        E(Texts.Format("report.turnList", ("turns", string.Empty)).TrimEnd()) + " "
        + string.Join(", ", turns.Select(t => TurnLink(t, t.ToString(System.Globalization.CultureInfo.InvariantCulture))));
}
