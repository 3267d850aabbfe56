namespace CoachLens.Detection;

/// <summary>Builds a pipeline: start from the defaults, add or remove detectors, then <see cref="Build"/>.</summary>
public sealed class PipelineBuilder
{
    private readonly List<IDetector> detectors = [];

    public PipelineBuilder UseDefaults()
    {
        foreach (var d in Detectors.DefaultDetectors.Create())
        {
            Use(d);
        }

        return this;
    }

    public PipelineBuilder Use(IDetector detector)
    {
        if (detectors.Any(d => d.Id == detector.Id))
        {
            throw new InvalidOperationException($"detector '{detector.Id}' is already in the pipeline");
        }

        detectors.Add(detector);
        return this;
    }

    public PipelineBuilder Remove(string id)
    {
        detectors.RemoveAll(d => d.Id == id);
        return this;
    }

    public Pipeline Build() => new(detectors.ToArray());
}
