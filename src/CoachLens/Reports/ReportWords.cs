using CoachLens.Localization;
using CoachLens.Scoring;
using CoachLens.Transcripts;

namespace CoachLens.Reports;

/// <summary>Small phrases every renderer shares, in the report's language.</summary>
public static class ReportWords
{
    public static Texts TextsOf(AnalysisReport report) => Texts.For(report.Language);

    /// <summary>The report's texts, after checking the rubric speaks the same language, so a page never mixes two.</summary>
    public static Texts TextsOf(AnalysisReport report, Rubrics.Rubric rubric) =>
        rubric.Language == report.Language
            ? TextsOf(report)
            : throw new ArgumentException($"the report is in '{report.Language}' but the rubric is in '{rubric.Language}'; use Analysis.For(language).Rubric", nameof(rubric));

    /// <summary>Where a quote or moment is: "turn 4 at 00:03:24".</summary>
    public static string Where(Texts texts, int turn, double? start) =>
        start is { } s ? texts.Format("where.turnAt", ("turn", turn), ("time", Timestamps.Format(s))) : texts.Format("where.turn", ("turn", turn));

    public static string Where(Texts texts, Evidence e) => Where(texts, e.Turn, e.Start);

    /// <summary>How roles were decided. English keeps the reader's own words; other languages say it in general terms.</summary>
    public static string RoleMethod(Texts texts, string method) =>
        texts.Language == Languages.English ? method
        : method.StartsWith("--", StringComparison.Ordinal) ? texts["roles.option"]
        : method.Contains("label", StringComparison.Ordinal) ? texts["roles.labels"]
        : texts["roles.inferred"];

    /// <summary>A behavior code as a short label; an unknown code is shown as the code.</summary>
    public static string Behavior(Texts texts, string code) =>
        texts.Has("behavior." + code) ? texts["behavior." + code] : code.Replace('_', ' ');

    public static string Symbol(string status) => status switch
    {
        MarkerStatus.Observed => "✔",
        MarkerStatus.Partial => "◐",
        MarkerStatus.NotObserved => "✘",
        _ => "–",
    };

    /// <summary>The level name the lens reads closest to.</summary>
    public static string Closest(Texts texts, string level) => level == "below_ACC" ? texts["report.belowAcc"] : level;
}
