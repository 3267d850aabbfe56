using CoachLens.Detection;

namespace CoachLens.Detectors;

/// <summary>The default detector catalogue: one explicit list, in one place.</summary>
public static class DefaultDetectors
{
    public static IReadOnlyList<IDetector> Create() =>
    [
        new QuestionDetector(),
        new ReflectionDetector(),
        new PhraseDetector(),
        new InterruptionDetector(),
        new SilenceDetector(),
        new Trust.RiskCueDetector(),
    ];
}
