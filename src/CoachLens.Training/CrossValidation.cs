using CoachLens.Detection;
using CoachLens.Detectors.CoachTalk;
using CoachLens.Evaluation;

namespace CoachLens.Training;

/// <summary>
/// Grouped k-fold cross-validation of the whole pipeline: for each fold, the coach-talk model is trained
/// on the other folds' transcripts only, and the pipeline with that model codes the fold's transcripts.
/// Every other detector is rule-based and runs unchanged.
/// </summary>
public static class CrossValidation
{
    public static IReadOnlyList<(GoldDocument Gold, IReadOnlyList<PredictedTurn> Predicted)> Predict(TalkCorpus corpus, int folds, TrainerOptions options)
    {
        var fold = Folds.Assign(corpus.Documents.Select(d => d.Id), folds);
        var features = new TalkFeatures();
        var predictions = new Dictionary<string, IReadOnlyList<PredictedTurn>>(StringComparer.Ordinal);
        for (var k = 0; k < folds; k++)
        {
            var model = TalkTrainer.Train(corpus.Examples.Where(e => fold[e.Document] != k).ToArray(), options);
            var pipeline = new PipelineBuilder()
                .UseDefaults()
                .Remove("coach-talk")
                .Use(new CoachTalkDetector(model, features))
                .Build();
            foreach (var doc in corpus.Documents.Where(d => fold[d.Id] == k))
            {
                predictions[doc.Id] = Predictions.Of(pipeline, corpus.Transcripts[doc.Id]);
            }
        }

        return corpus.Documents.Select(d => (d, predictions[d.Id])).ToArray();
    }
}
