using CoachLens.Detection;
using CoachLens.Tests.Support;

namespace CoachLens.Tests.Detection;

public class PipelineTests
{
    private sealed class Throwing : IDetector
    {
        public string Id => "throwing";

        public string Version => "0";

        public IReadOnlyList<string> Produces => [Behaviors.Empathy];

        public IEnumerable<Annotation> Detect(DetectionContext context) => throw new InvalidOperationException("boom");
    }

    private sealed class Undeclared : IDetector
    {
        public string Id => "undeclared";

        public string Version => "0";

        public IReadOnlyList<string> Produces => [Behaviors.Empathy];

        public IEnumerable<Annotation> Detect(DetectionContext context) => [new Annotation(0, Behaviors.Advice, Id, 1)];
    }

    private static readonly CoachLens.Transcripts.Transcript Session = Some.Transcript("Client: I'm stuck.", "Coach: What would you like to focus on today?");

    [Fact]
    public void DetectorThatThrows_IsRecordedAsFailedAndTheOthersStillRun()
    {
        var result = new PipelineBuilder().UseDefaults().Use(new Throwing()).Build().Run(Session);
        var failed = Assert.Single(result.Runs, r => r.Status == "failed");
        Assert.Equal("throwing", failed.Id);
        Assert.Contains(Behaviors.OpenQuestion, result.CodesOf(1));
    }

    [Fact]
    public void DetectorProducingAnUndeclaredCode_IsRejected()
    {
        var result = new PipelineBuilder().Use(new Undeclared()).Build().Run(Session);
        Assert.Equal("failed", result.Runs[0].Status);
        Assert.Empty(result.Annotations);
    }

    [Fact]
    public void Builder_RemovesADetectorByIdAndRefusesDuplicates()
    {
        var pipeline = new PipelineBuilder().UseDefaults().Remove("questions").Build();
        Assert.DoesNotContain(pipeline.Detectors, d => d.Id == "questions");
        Assert.Throws<InvalidOperationException>(() => new PipelineBuilder().UseDefaults().Use(new CoachLens.Detectors.QuestionDetector()));
    }

    [Fact]
    public void DetectorOrder_DoesNotChangeTheResult()
    {
        var transcript = Some.Sample("strong-pcc-career-change.txt");
        var forward = new PipelineBuilder().UseDefaults().Build().Run(transcript);
        var builder = new PipelineBuilder();
        foreach (var d in CoachLens.Detectors.DefaultDetectors.Create().Reverse())
        {
            builder.Use(d);
        }

        var backward = builder.Build().Run(transcript);
        Assert.Equal(forward.Annotations, backward.Annotations);
    }
}
