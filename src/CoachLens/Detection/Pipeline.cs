using CoachLens.Transcripts;

namespace CoachLens.Detection;

/// <summary>A frozen list of detectors. A detector that throws is recorded as not assessed; the rest still run.</summary>
public sealed class Pipeline
{
    internal Pipeline(IReadOnlyList<IDetector> detectors) => Detectors = detectors;

    public IReadOnlyList<IDetector> Detectors { get; }

    public DetectionResult Run(Transcript transcript) => Run(DetectionContext.Of(transcript));

    /// <summary>Runs every detector over turns already prepared (the analysis prepares them once for detection and scoring).</summary>
    public DetectionResult Run(DetectionContext context)
    {
        var annotations = new List<Annotation>();
        var runs = new List<DetectorRun>();
        foreach (var detector in Detectors)
        {
            try
            {
                var found = detector.Detect(context).ToList();
                var unknown = found.FirstOrDefault(a => !detector.Produces.Contains(a.Code));
                if (unknown is not null)
                {
                    throw new InvalidOperationException($"produced undeclared code '{unknown.Code}'");
                }

                annotations.AddRange(found);
                runs.Add(new DetectorRun(detector.Id, detector.Version, "ok", null));
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                runs.Add(new DetectorRun(detector.Id, detector.Version, "failed", ex.GetType().Name + ": " + ex.Message));
            }
        }

        var sorted = annotations
            .OrderBy(a => a.Turn)
            .ThenBy(a => Behaviors.Order(a.Code))
            .ThenBy(a => a.Detector, StringComparer.Ordinal)
            .ThenBy(a => a.SpanStart)
            .ToArray();
        return new DetectionResult(sorted, runs);
    }
}
