namespace CoachLens.Detection;

/// <summary>
/// A pure detector: reads the prepared transcript, returns annotations, touches nothing else.
/// Because detectors share no state, the order in which they run does not matter.
/// </summary>
public interface IDetector
{
    string Id { get; }

    string Version { get; }

    /// <summary>The behavior codes this detector may produce.</summary>
    IReadOnlyList<string> Produces { get; }

    IEnumerable<Annotation> Detect(DetectionContext context);
}
