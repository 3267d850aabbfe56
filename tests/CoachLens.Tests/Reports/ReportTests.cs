using System.Text.Json;
using CoachLens.Reports;
using CoachLens.Scoring;
using CoachLens.Tests.Support;

namespace CoachLens.Tests.Reports;

/// <summary>Every detector and the scorer over every sample: the report is complete, valid and stable.</summary>
public class ReportTests
{
    private static readonly JsonElement Schema =
        JsonDocument.Parse(File.ReadAllText(Path.Combine(Repo.Docs, "report.schema.json"))).RootElement;

    public static TheoryData<string> Samples() => Repo.SampleNames();

    [Theory]
    [MemberData(nameof(Samples))]
    public void EveryDetector_RunsWithoutFailureOnEverySample(string sample)
    {
        var report = Analysis.Default.Analyze(Some.Sample(sample));
        Assert.All(report.Detectors, d => Assert.Equal("ok", d.Status));
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void JsonReport_ValidatesAgainstTheSchema(string sample)
    {
        var json = JsonReport.Write(Analysis.Default.Analyze(Some.Sample(sample)));
        var errors = MiniJsonSchema.Validate(Schema, JsonDocument.Parse(json).RootElement);
        Assert.Empty(errors);
    }

    public static TheoryData<string> FormatFixtures() => [.. Some.FormatFixtures().Select(f => Path.GetFileName(f))];

    [Theory]
    [MemberData(nameof(FormatFixtures))]
    public void JsonReportOfEveryFormatFixture_Redacted_ValidatesAgainstTheSchema(string fixture)
    {
        var transcript = CoachLens.Privacy.Redactor.Redact(Some.Load(Some.Format(fixture)));
        var json = JsonReport.Write(Analysis.Default.Analyze(transcript));
        var errors = MiniJsonSchema.Validate(Schema, JsonDocument.Parse(json).RootElement);
        Assert.Empty(errors);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Report_HasOneEntryPerTurnAndAll37MarkersWithEvidenceInRange(string sample)
    {
        var transcript = Some.Sample(sample);
        var report = Analysis.Default.Analyze(transcript);
        Assert.Equal(transcript.Turns.Select(t => t.Text), report.Turns.Select(t => t.Text));
        Assert.Equal(37, report.Markers.Count);
        Assert.All(report.Markers.SelectMany(m => m.Evidence), e => Assert.InRange(e.Turn, 0, transcript.Turns.Count - 1));
        Assert.All(report.Markers.Where(m => m.Status is MarkerStatus.Observed or MarkerStatus.Partial && m.Id != "6.6" && m.Id != "7.8" && m.Id != "7.7"),
            m => Assert.NotEmpty(m.Evidence));
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void EvidenceQuotes_AreWordsFromTheQuotedTurn(string sample)
    {
        var transcript = Some.Sample(sample);
        var report = Analysis.Default.Analyze(transcript);
        foreach (var e in report.Markers.SelectMany(m => m.Evidence))
        {
            var spoken = CoachLens.Transcripts.TurnAnnotations.Strip(transcript.Turns[e.Turn].Text);
            Assert.Contains(e.Quote.TrimEnd('…'), spoken, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void SameTranscript_GivesByteIdenticalReports(string sample)
    {
        var first = JsonReport.Write(Analysis.Default.Analyze(Some.Sample(sample)));
        var second = JsonReport.Write(new Analysis(new CoachLens.Detection.PipelineBuilder().UseDefaults().Build(), CoachLens.Rubrics.RubricLoader.Default, MarkerRules.Default).Analyze(Some.Sample(sample)));
        Assert.Equal(first, second);
    }

    [Fact]
    public void JsonReport_RoundTrips()
    {
        var report = Analysis.Default.Analyze(Some.Sample("strong-pcc-career-change.txt"));
        var json = JsonReport.Write(report);
        Assert.Equal(json, JsonReport.Write(JsonReport.Read(json)));
    }

    [Fact]
    public void MarkdownReport_RendersTranscriptTextInert()
    {
        var transcript = Some.Transcript("Client: [link](http://evil.example) <script>alert(1)</script> **bold**?", "Coach: What would you like to focus on today? [Click](http://x.example)");
        var md = MarkdownReport.Write(Analysis.Default.Analyze(transcript), Analysis.Default.Rubric);
        Assert.DoesNotContain("](http", md, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", md, StringComparison.Ordinal);
    }
}
