using CoachLens.Detection;
using CoachLens.Detectors.CoachTalk;

namespace CoachLens.Detectors;

/// <summary>The default detector catalogue: one explicit list, in one place.</summary>
public static class DefaultDetectors
{
    public static IReadOnlyList<IDetector> Create() =>
    [
        new CoachTalkDetector(),
        new QuestionDetector(),
        new PhraseDetector(),
        new InterruptionDetector(),
        new SilenceDetector(),
        new Trust.RiskCueDetector(),
    ];
}
