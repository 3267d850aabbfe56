using CoachLens.Localization;
using CoachLens.Rubrics;

namespace CoachLens.Reports.Html;

/// <summary>What every section of the HTML report reads: the finished report, its rubric and its language.</summary>
public sealed record HtmlContext(AnalysisReport Report, Rubric Rubric, Texts Texts)
{
    public static string E(string? text) => HtmlText.Escape(text);

    /// <summary>A link to a turn of the annotated transcript.</summary>
    public string TurnLink(int turn, double? start) =>
        $"<a href=\"#turn-{turn.ToString(System.Globalization.CultureInfo.InvariantCulture)}\" class=\"where\">{E(ReportWords.Where(Texts, turn, start))}</a>";
}
