namespace CoachLens.Training.Tests;

public class TrainingDeterminismTests
{
    [AnnomiFact]
    public void SameData_GivesByteIdenticalModelFiles()
    {
        var some = Annomi.Corpus.Examples.Where(e => string.CompareOrdinal(e.Document, "annomi-2") < 0).ToArray();
        var options = Defaults.Trainer with { InnerFolds = 2 };
        var first = TalkTrainer.Train(some, options).ToJson();
        var second = TalkTrainer.Train(some, options).ToJson();
        Assert.Equal(first, second);
    }

    [AnnomiFact]
    public void ExampleOrder_DoesNotChangeTheModel()
    {
        var some = Annomi.Corpus.Examples.Where(e => string.CompareOrdinal(e.Document, "annomi-2") < 0).ToArray();
        var options = Defaults.Trainer with { InnerFolds = 0 };
        var forward = TalkTrainer.Train(some, options);
        var backward = TalkTrainer.Train(some.Reverse().ToArray(), options);
        foreach (var name in new[] { "bias:1", "end:q", "q-open1:what" })
        {
            foreach (var head in Detectors.CoachTalk.TalkModel.Heads)
            {
                Assert.Equal(forward.Weight(name, head), backward.Weight(name, head), 4);
            }
        }
    }

    [AnnomiFact]
    public void ShippedModel_IsWhatTrainingOnTheDevelopmentDataWrites()
    {
        var root = DataPaths.RepositoryRoot(AppContext.BaseDirectory) ?? throw new InvalidOperationException("no repository root");
        var shipped = File.ReadAllText(DataPaths.ModelFile(root));
        var model = TalkTrainer.Train(Annomi.Corpus.Examples, Defaults.Trainer, TrainingApp.Provenance(DataPaths.AnnomiGold()!));
        Assert.True(shipped == model.ToJson(), "the shipped model differs from a fresh training run: run `dotnet run --project src/CoachLens.Training -c Release -- train` and commit the model");
    }
}
