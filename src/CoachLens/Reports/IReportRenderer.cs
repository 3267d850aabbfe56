using CoachLens.Rubrics;

namespace CoachLens.Reports;

/// <summary>Presents a finished report in one format. Renderers never analyze; they only present.</summary>
public interface IReportRenderer
{
    /// <summary>The --format name, such as "md".</summary>
    string Format { get; }

    /// <summary>The file extension without a dot.</summary>
    string Extension { get; }

    byte[] Render(AnalysisReport report, Rubric rubric);
}
