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
    IReadOnlyList<DetectorInfo> Detectors);

public sealed record ToolInfo(string Name, string Version);

public sealed record RubricInfo(string Id, string Version);

public sealed record RoleInfo(string Method, double Confidence);

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
