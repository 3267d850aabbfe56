using BenchmarkDotNet.Attributes;
using CoachLens.Detection;
using CoachLens.Detectors.CoachTalk;
using CoachLens.Reports;
using CoachLens.Transcripts;

namespace CoachLens.Benchmarks;

/// <summary>
/// Analyzing a 60-minute session (about 9,000 words) after warm-up: the coach-talk detector alone, every
/// detector, and the whole analysis (detection, marker scoring, feedback, report). Goal: under 20 ms on one core.
/// </summary>
[MemoryDiagnoser]
public class AnalysisBenchmarks
{
    private Transcript session = null!;
    private Pipeline pipeline = null!;
    private Pipeline coachTalk = null!;

    [GlobalSetup]
    public void Setup()
    {
        session = HourSession.Build();
        pipeline = new PipelineBuilder().UseDefaults().Build();
        coachTalk = new PipelineBuilder().Use(new CoachTalkDetector()).Build();
    }

    [Benchmark]
    public DetectionResult CoachTalkDetector() => coachTalk.Run(session);

    [Benchmark]
    public DetectionResult AllDetectors() => pipeline.Run(session);

    [Benchmark(Baseline = true)]
    public AnalysisReport WholeAnalysis() => Analysis.Default.Analyze(session);
}
