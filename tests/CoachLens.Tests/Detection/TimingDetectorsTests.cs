using CoachLens.Detection;
using CoachLens.Detectors;
using CoachLens.Transcripts;

namespace CoachLens.Tests.Detection;

public class TimingDetectorsTests
{
    private static DetectionResult Run(IDetector detector, string vtt) =>
        new PipelineBuilder().Use(detector).Build().Run(TranscriptLoader.Parse(vtt, "t.vtt"));

    private static string Vtt(params (string Start, string End, string Speaker, string Text)[] cues) =>
        "WEBVTT\n\n" + string.Concat(cues.Select((c, i) => $"{i + 1}\n{c.Start} --> {c.End}\n<v {c.Speaker}>{c.Text}</v>\n\n"));

    [Fact]
    public void Interruption_IsFound_WhenTheCoachStartsBeforeTheClientEnds()
    {
        var result = Run(new InterruptionDetector(), Vtt(
            ("00:00:01.000", "00:00:09.000", "Client", "So the thing I keep coming back to is the team and whether I can lead them."),
            ("00:00:07.800", "00:00:10.000", "Coach", "What's your plan?")));
        Assert.True(result.Has(1, Behaviors.Interruption));
    }

    [Fact]
    public void Interruption_IsNotFound_ForAnOverlapWithinCaptionNoise()
    {
        var result = Run(new InterruptionDetector(), Vtt(
            ("00:00:01.000", "00:00:09.000", "Client", "So the thing I keep coming back to is the team."),
            ("00:00:08.900", "00:00:10.000", "Coach", "What's your plan?")));
        Assert.False(result.Has(1, Behaviors.Interruption));
    }

    [Fact]
    public void Interruption_IsNotFound_ForABackchannelTheClientTalksThrough()
    {
        var result = Run(new InterruptionDetector(), Vtt(
            ("00:00:01.000", "00:00:05.000", "Client", "And then I told him I couldn't-"),
            ("00:00:05.000", "00:00:05.500", "Coach", "Mm-hmm."),
            ("00:00:05.600", "00:00:08.000", "Client", "-couldn't keep covering two roles.")));
        Assert.False(result.Has(1, Behaviors.Interruption));
    }

    [Fact]
    public void Silence_IsFound_WhenTheCoachWaitsAfterTheClientFinishes()
    {
        var result = Run(new SilenceDetector(), Vtt(
            ("00:00:01.000", "00:00:04.000", "Client", "That's the whole mess."),
            ("00:00:10.000", "00:00:12.000", "Coach", "What stands out to you?"),
            ("00:00:12.500", "00:00:14.000", "Client", "The money.")));
        Assert.True(result.Has(1, Behaviors.Silence));
    }

    [Fact]
    public void Silence_IsNotFound_ForAPauseInsideTheClientsAnswer()
    {
        var result = Run(new SilenceDetector(), Vtt(
            ("00:00:01.000", "00:00:03.000", "Coach", "What happened?"),
            ("00:00:03.500", "00:00:09.000", "Client", "I just... [pause] I froze.")));
        Assert.False(result.Has(0, Behaviors.Silence));
    }
}
