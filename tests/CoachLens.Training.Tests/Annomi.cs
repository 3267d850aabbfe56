using CoachLens.Detectors.CoachTalk;
using CoachLens.Evaluation;

namespace CoachLens.Training.Tests;

/// <summary>The AnnoMI development data, read and featurized once for all tests that need it.</summary>
public static class Annomi
{
    private static readonly Lazy<TalkCorpus> Loaded = new(() =>
    {
        using var reader = new StreamReader(DataPaths.AnnomiGold() ?? throw new InvalidOperationException("no AnnoMI data"));
        return TalkCorpus.Build(GoldSet.Read(reader), new TalkFeatures());
    });

    public static TalkCorpus Corpus => Loaded.Value;
}
