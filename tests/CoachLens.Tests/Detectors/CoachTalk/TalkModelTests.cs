using CoachLens.Detection;
using CoachLens.Detectors.CoachTalk;
using CoachLens.Learning;
using CoachLens.Tests.Support;

namespace CoachLens.Tests.Detectors.CoachTalk;

public class TalkModelTests
{
    [Fact]
    public void ShippedModel_LoadsWithTheExpectedHeadsAndThisBuildsFeatureSet()
    {
        var model = TalkModel.Default;
        Assert.Equal(TalkModel.Heads, model.Heads.Select(h => h.Name));
        Assert.Equal(new TalkFeatures().FeatureSet, model.Info.FeatureSet);
        Assert.True(model.FeatureCount > 1000, $"only {model.FeatureCount} features");
        Assert.All(model.Heads, h => Assert.InRange(h.Threshold, 0.05, 0.95));
    }

    [Fact]
    public void ShippedModel_RecordsWhatItWasTrainedOn()
    {
        var training = TalkModel.Default.Info.Training;
        Assert.Equal("annomi-dev/gold.jsonl", training["data"]);
        Assert.Matches("^[0-9a-f]{64}$", training["dataSha256"]);
        Assert.Contains("annomi-0", training["documentIds"].Split(','));
    }

    [Fact]
    public void ModelForAnotherFeatureSet_IsRefused()
    {
        var stale = LinearModel.Create(
            new ModelInfo("talk-model", "0.1", "talk-features/0", "test", new Dictionary<string, string>()),
            TalkModel.Heads.Select(h => new LinearHead(h, 0, 0.5)).ToArray(),
            []);
        var ex = Assert.Throws<InvalidDataException>(() => new CoachTalkDetector(stale, new TalkFeatures()));
        Assert.Contains("retrain", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ModelWithOtherHeads_IsRefused()
    {
        var features = new TalkFeatures();
        var odd = LinearModel.Create(
            new ModelInfo("talk-model", "0.1", features.FeatureSet, "test", new Dictionary<string, string>()),
            [new LinearHead("question", 0, 0.5)],
            []);
        Assert.Throws<InvalidDataException>(() => TalkModel.Check(odd, features));
    }

    [Fact]
    public void TheCoachTalkDetector_IsInTheDefaultPipelineAndDeclaresTheAnnomiCodes()
    {
        var detector = Assert.Single(new PipelineBuilder().UseDefaults().Build().Detectors, d => d.Id == "coach-talk");
        Assert.Equal(
            [Behaviors.OpenQuestion, Behaviors.ClosedQuestion, Behaviors.Reflection, Behaviors.Summary, Behaviors.Advice, Behaviors.Information],
            detector.Produces);
        Assert.Contains("+model.", detector.Version, StringComparison.Ordinal);
    }

    [Fact]
    public void NoOtherDefaultDetector_ProducesTheAnnomiCodes()
    {
        var annomi = new[] { Behaviors.OpenQuestion, Behaviors.ClosedQuestion, Behaviors.Reflection, Behaviors.Summary, Behaviors.Advice, Behaviors.Information };
        var others = new PipelineBuilder().UseDefaults().Build().Detectors.Where(d => d.Id != "coach-talk");
        Assert.All(others, d => Assert.Empty(d.Produces.Intersect(annomi)));
    }

    [Fact]
    public void ClientTurns_NeverGetCoachTalkCodes()
    {
        var transcript = Some.Transcript("Coach: How was the week?", "Client: What do you think I should do? You should tell me.", "Coach: What do you think?");
        var found = new CoachTalkDetector().Detect(DetectionContext.Of(transcript)).ToList();
        Assert.DoesNotContain(found, a => a.Turn == 1);
        Assert.Contains(found, a => a.Turn == 2 && a.Code == Behaviors.OpenQuestion);
    }

    [Fact]
    public void QuestionTurn_GetsOneQuestionCodeWhoseSpanIsItsLastQuestion()
    {
        const string coach = "I hear you. Did you tell her? What did she say?";
        var transcript = Some.Transcript("Client: I finally talked to my sister.", "Coach: " + coach);
        var found = new CoachTalkDetector().Detect(DetectionContext.Of(transcript)).ToList();
        var question = Assert.Single(found, a => a.Code is Behaviors.OpenQuestion or Behaviors.ClosedQuestion);
        Assert.Equal(Behaviors.OpenQuestion, question.Code);
        Assert.Equal("What did she say?", transcript.Turns[1].Text.Substring(question.SpanStart, question.SpanLength));
    }

    [Fact]
    public void BrokenDetector_IsRecordedAndTheRestStillRun()
    {
        var pipeline = new PipelineBuilder().UseDefaults().Remove("coach-talk").Use(new ThrowingDetector()).Build();
        var result = pipeline.Run(Some.Transcript("Coach: You should just quit?", "Client: No."));
        Assert.Contains(result.Runs, r => r.Id == "coach-talk" && r.Status == "failed");
        Assert.Contains(result.Runs, r => r.Id == "questions" && r.Status == "ok");
    }

    private sealed class ThrowingDetector : IDetector
    {
        public string Id => "coach-talk";

        public string Version => "test";

        public IReadOnlyList<string> Produces { get; } = [Behaviors.Reflection];

        public IEnumerable<Annotation> Detect(DetectionContext context) =>
            throw new InvalidDataException("the coach-talk model was trained on other features");
    }
}
