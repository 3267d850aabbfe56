using BenchmarkDotNet.Attributes;
using CoachLens.Transcripts;
using CoachLens.Transcripts.Writers;

namespace CoachLens.Benchmarks;

/// <summary>Reading and normalizing a 3-hour session: decode, detect the format, read, normalize speakers, infer roles.</summary>
[MemoryDiagnoser]
public class ReadingBenchmarks
{
    private byte[] vtt = [];
    private byte[] text = [];
    private byte[] docx = [];

    [GlobalSetup]
    public void Setup()
    {
        vtt = ThreeHourSession.WebVtt();
        text = ThreeHourSession.Text();
        docx = new IcfDocxWriter().Write(TranscriptLoader.Load(text, "session.txt"));
    }

    [Benchmark(Baseline = true)]
    public Transcript WebVtt() => TranscriptLoader.Load(vtt, "session.vtt");

    [Benchmark]
    public Transcript LabelledText() => TranscriptLoader.Load(text, "session.txt");

    [Benchmark]
    public Transcript Docx() => TranscriptLoader.Load(docx, "session.docx");
}
