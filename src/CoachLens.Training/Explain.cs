using System.Globalization;
using CoachLens.Detection;
using CoachLens.Detectors.CoachTalk;
using CoachLens.Learning;
using CoachLens.Transcripts;

namespace CoachLens.Training;

/// <summary>
/// `explain "Client: … || Coach: …"`: the shipped model's probabilities for the last coach turn and the
/// features that pushed each head most, for reading why a turn was or was not coded.
/// </summary>
public static class Explain
{
    public static void Write(string dialogue, LinearModel model, TextWriter stdout)
    {
        var lines = dialogue.Split(" || ").Select(s => s.Trim()).ToList();
        if (lines.All(l => l.StartsWith("Coach:", StringComparison.Ordinal)))
        {
            lines.Insert(0, "Client: Okay.");
        }

        var transcript = TranscriptLoader.Parse(string.Join("\n", lines), "explain.txt");
        var context = DetectionContext.Of(transcript);
        var index = transcript.Turns.Last(t => t.IsCoach).Index;
        var names = new List<string>();
        var sink = new Collector(names);
        new TalkFeatures().Extract(context, index, sink);
        var scorer = new LinearScorer(model);
        foreach (var n in names.Distinct(StringComparer.Ordinal))
        {
            scorer.Add(n);
        }

        var scale = model.Info.Scaling == ModelInfo.SqrtCount ? 1 / Math.Sqrt(names.Distinct(StringComparer.Ordinal).Count()) : 1.0;
        for (var h = 0; h < model.Heads.Count; h++)
        {
            var head = model.Heads[h];
            var top = names.Distinct(StringComparer.Ordinal)
                .Select(n => (Name: n, W: model.Weight(n, head.Name) * scale))
                .Where(x => x.W != 0)
                .OrderByDescending(x => Math.Abs(x.W))
                .Take(8)
                .Select(x => string.Create(CultureInfo.InvariantCulture, $"{x.Name} {x.W:+0.00;-0.00}"));
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{head.Name,-12} p={scorer.Probability(h):0.000} (fires at {head.Threshold:0.000})  {string.Join(", ", top)}"));
        }
    }

    private sealed class Collector(List<string> names) : IFeatureSink
    {
        public void Add(string prefix, ReadOnlySpan<char> a, ReadOnlySpan<char> b = default) => names.Add(FeatureHash.Name(prefix, a, b));
    }
}
