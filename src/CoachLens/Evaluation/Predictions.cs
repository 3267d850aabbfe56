using CoachLens.Detection;
using CoachLens.Transcripts;

namespace CoachLens.Evaluation;

/// <summary>The codes a pipeline gives each turn of a transcript, as the JSON report lists them.</summary>
public static class Predictions
{
    public static IReadOnlyList<PredictedTurn> Of(Pipeline pipeline, Transcript transcript)
    {
        var detection = pipeline.Run(transcript);
        return transcript.Turns.Select(t => new PredictedTurn(t.Text, detection.CodesOf(t.Index))).ToArray();
    }
}
