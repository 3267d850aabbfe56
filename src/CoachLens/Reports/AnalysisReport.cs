using CoachLens.Feedback;
using CoachLens.Scoring;
using CoachLens.Trust;

namespace CoachLens.Reports;

/// <summary>The finished analysis of one session: the JSON report, schemaVersion "1" (docs/report-format.md).</summary>
public sealed record AnalysisReport(
    string SchemaVersion,
    ToolInfo Tool,
    RubricInfo Rubric,
    TranscriptInfo Transcript,
    IReadOnlyList<TurnReport> Turns,
    SessionMetrics Metrics,
    IReadOnlyList<MarkerResult> Markers,
    IReadOnlyList<CompetencySummary> Competencies,
    EthicsSignals Ethics,
    LevelLens LevelLens,
    FeedbackReport Feedback,
    TrustReport Trust,
    IReadOnlyList<DetectorInfo> Detectors)
{
    /// <summary>Whether names and contact details were replaced with placeholders before analysis.</summary>
    public PrivacyInfo Privacy { get; init; } = PrivacyInfo.NotRedacted;

    /// <summary>The language of the report's own text (rationales, feedback, rubric texts): "en" or "tr". Quotes stay as spoken.</summary>
    public string Language { get; init; } = Localization.Languages.English;
}

public sealed record ToolInfo(string Name, string Version);

public sealed record RubricInfo(string Id, string Version);

/// <param name="OtherSpeakers">Speakers who are neither coach nor client (a sponsor in the room).</param>
/// <param name="Note">Said when the session had more than two speakers, null otherwise.</param>
public sealed record RoleInfo(string Method, double Confidence, IReadOnlyList<string>? OtherSpeakers = null, string? Note = null);


public sealed record TranscriptInfo(
    string Source,
    string Format,
    string Language,
    string? CoachSpeaker,
    IReadOnlyList<string> ClientSpeakers,
    double? DurationSeconds,
    int TurnCount,
    RoleInfo Roles);

public sealed record TurnReport(
    int Index,
    string Speaker,
    string Role,
    double? Start,
    double? End,
    string Text,
    IReadOnlyList<string> Behaviors,
    IReadOnlyList<string> Annotations);

public sealed record DetectorInfo(string Id, string Version, string Status, string? Error);
