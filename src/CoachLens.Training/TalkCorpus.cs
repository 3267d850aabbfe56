using CoachLens.Detection;
using CoachLens.Detectors.CoachTalk;
using CoachLens.Evaluation;
using CoachLens.Learning;
using CoachLens.Transcripts;

namespace CoachLens.Training;

/// <summary>
/// Gold documents read as transcripts (the way `coachlens analyze` reads them) and the coach-talk
/// features of every gold coach turn, extracted once so cross-validation folds reuse them.
/// </summary>
public sealed class TalkCorpus
{
    private TalkCorpus(IReadOnlyList<GoldDocument> documents, IReadOnlyDictionary<string, Transcript> transcripts, IReadOnlyList<TalkExample> examples)
    {
        Documents = documents;
        Transcripts = transcripts;
        Examples = examples;
    }

    public IReadOnlyList<GoldDocument> Documents { get; }

    public IReadOnlyDictionary<string, Transcript> Transcripts { get; }

    public IReadOnlyList<TalkExample> Examples { get; }

    public static TalkCorpus Build(IReadOnlyList<GoldDocument> documents, TalkFeatures features)
    {
        var transcripts = new Dictionary<string, Transcript>(StringComparer.Ordinal);
        var examples = new List<TalkExample>();
        foreach (var doc in documents)
        {
            var transcript = GoldTranscript.Of(doc);
            transcripts[doc.Id] = transcript;
            var context = DetectionContext.Of(transcript);
            var turns = new TalkTurns(context, features);
            var pairs = TurnAlignment.Align(doc.Turns.Select(t => t.Text).ToArray(), transcript.Turns.Select(t => t.Text).ToArray());
            for (var i = 0; i < doc.Turns.Count; i++)
            {
                var gold = doc.Turns[i];
                if (gold.Role != "coach" || pairs[i] < 0 || !transcript.Turns[pairs[i]].IsCoach)
                {
                    continue;
                }

                var names = new NameSink();
                features.Extract(turns, pairs[i], names);
                examples.Add(new TalkExample(
                    doc.Id,
                    pairs[i],
                    names.Names.Order(StringComparer.Ordinal).ToArray(),
                    Evaluator.Expand(gold.Labels),
                    gold.Uncertain.ToHashSet(StringComparer.Ordinal)));
            }
        }

        return new TalkCorpus(documents, transcripts, examples);
    }

    private sealed class NameSink : IFeatureSink
    {
        public HashSet<string> Names { get; } = new(StringComparer.Ordinal);

        public void Add(string prefix, ReadOnlySpan<char> a, ReadOnlySpan<char> b = default) => Names.Add(FeatureHash.Name(prefix, a, b));
    }
}
