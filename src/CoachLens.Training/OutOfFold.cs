using System.Globalization;
using System.Text;
using System.Text.Json;
using CoachLens.Evaluation;
using CoachLens.Learning;

namespace CoachLens.Training;

/// <summary>
/// Writes each coach turn's out-of-fold head probabilities with its text and gold labels (JSON Lines),
/// for studying errors and thresholds; the scores printed by `cv` do not depend on it.
/// </summary>
public static class OutOfFold
{
    public static void Write(TalkCorpus corpus, IReadOnlyList<GoldDocument> gold, int folds, TrainerOptions options, string path)
    {
        var fold = Folds.Assign(corpus.Documents.Select(d => d.Id), folds);
        var text = new StringBuilder();
        for (var k = 0; k < folds; k++)
        {
            var model = TalkTrainer.Train(corpus.Examples.Where(e => fold[e.Document] != k).ToArray(), options);
            var scorer = new LinearScorer(model);
            foreach (var e in corpus.Examples.Where(e => fold[e.Document] == k))
            {
                scorer.Reset();
                foreach (var f in e.Features)
                {
                    scorer.Add(f);
                }

                var turns = corpus.Transcripts[e.Document].Turns;
                var previous = turns.Take(e.Turn).LastOrDefault(t => t.IsClient)?.Text ?? string.Empty;
                var next = turns.Skip(e.Turn + 1).FirstOrDefault(t => t.IsClient)?.Text ?? string.Empty;
                var row = new Dictionary<string, object>
                {
                    ["doc"] = e.Document,
                    ["turn"] = e.Turn,
                    ["fold"] = k,
                    ["text"] = turns[e.Turn].Text,
                    ["prev"] = previous,
                    ["next"] = next,
                    ["labels"] = e.Labels.Order(StringComparer.Ordinal).ToArray(),
                    ["uncertain"] = e.Uncertain.ToArray(),
                    ["p"] = model.Heads.Select((h, i) => Math.Round(scorer.Probability(i), 4)).ToArray(),
                };
                text.Append(JsonSerializer.Serialize(row)).Append('\n');
            }
        }

        File.WriteAllText(path, text.ToString());
        _ = gold.Count.ToString(CultureInfo.InvariantCulture);
    }
}
