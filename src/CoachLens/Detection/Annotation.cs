namespace CoachLens.Detection;

/// <summary>
/// A detector's finding: turn <paramref name="Turn"/> carries behavior <paramref name="Code"/>.
/// The span points into the turn's spoken text so a report can quote exactly.
/// </summary>
public sealed record Annotation(int Turn, string Code, string Detector, double Confidence, int SpanStart = 0, int SpanLength = 0);
