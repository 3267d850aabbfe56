using CoachLens.Detection;
using CoachLens.Learning;
using CoachLens.Text;

namespace CoachLens.Detectors.CoachTalk;

/// <summary>
/// What each coach turn does in the terms of motivational-interviewing coding: asks an open or a closed
/// question, reflects (a long reflection that gathers several client turns is a summary), advises or
/// informs. One logistic-regression model (<see cref="TalkModel"/>) over <see cref="TalkFeatures"/> decides;
/// a turn may carry several codes.
/// </summary>
public sealed class CoachTalkDetector : IDetector
{
    private readonly Lazy<LinearModel> model;
    private readonly TalkFeatures features;
    private readonly TalkRules rules = TalkRules.Default;

    /// <summary>The detector with the shipped model, loaded on first use: a broken model file fails this detector only.</summary>
    public CoachTalkDetector()
    {
        model = new Lazy<LinearModel>(() => TalkModel.Default);
        features = new TalkFeatures();
    }

    public CoachTalkDetector(LinearModel model, TalkFeatures features)
    {
        var checkedModel = TalkModel.Check(model, features);
        this.model = new Lazy<LinearModel>(() => checkedModel);
        this.features = features;
    }

    public string Id => "coach-talk";

    public string Version => "2.0.0+model." + ModelVersion() + "+rules." + rules.Version;

    public IReadOnlyList<string> Produces { get; } =
        [Behaviors.OpenQuestion, Behaviors.ClosedQuestion, Behaviors.Reflection, Behaviors.Summary, Behaviors.Advice, Behaviors.Information];

    public IEnumerable<Annotation> Detect(DetectionContext context)
    {
        var model = this.model.Value;
        var scorer = new LinearScorer(model);
        var turns = new TalkTurns(context, features);
        var found = new List<Annotation>();
        foreach (var turn in context.Turns)
        {
            if (!turn.Turn.IsCoach)
            {
                continue;
            }

            scorer.Reset();
            features.Extract(turns, turn.Index, scorer);
            var (start, length) = Span(turn);
            if (scorer.Fires(0))
            {
                // A question whose main clause opens with what, how or why is open (unless it asks for one fact:
                // "how many", "what time"); otherwise the model's open-or-closed head decides.
                var question = turn.Questions.LastOrDefault();
                var open = (question is not null && rules.Match(Behaviors.OpenQuestion, [question]) is not null)
                    || scorer.Probability(1) >= model.Heads[1].Threshold;
                found.Add(new Annotation(
                    turn.Index,
                    open ? Behaviors.OpenQuestion : Behaviors.ClosedQuestion,
                    Id,
                    Confidence(scorer.Probability(0) * (open ? scorer.Probability(1) : 1 - scorer.Probability(1))),
                    question?.Start ?? start,
                    question?.Length ?? length));
            }
            else if (rules.Match(Behaviors.OpenQuestion, turn.Sentences.Where(s => !s.IsQuestion).ToArray()) is { } invitation)
            {
                // "Tell me about…", "I'm wondering what…": open questions without a question mark.
                found.Add(new Annotation(turn.Index, Behaviors.OpenQuestion, Id, 0.8, invitation.Start, invitation.Length));
            }

            // A summary announces itself or gathers several client turns; it is coded even when the model hesitates.
            var reflects = scorer.Fires(2) || (rules.EchoWords > 0 && features.EchoesClient(turns, turn.Index, rules.EchoWords));
            if ((reflects || Summaries.IsAnnounced(turn)) && Summaries.IsSummary(context, turn))
            {
                found.Add(new Annotation(turn.Index, Behaviors.Summary, Id, Confidence(Math.Max(0.7, scorer.Probability(2))), start, length));
            }
            else if (reflects)
            {
                found.Add(new Annotation(turn.Index, Behaviors.Reflection, Id, Confidence(scorer.Probability(2)), start, length));
            }

            AddInput(found, turn, Behaviors.Advice, scorer, 3);
            AddInput(found, turn, Behaviors.Information, scorer, 4);
        }

        return found;
    }

    // Advice and information: the model, or a rule for an unmistakable form (the rule's sentence is the evidence).
    private void AddInput(List<Annotation> found, TurnView turn, string code, LinearScorer scorer, int head)
    {
        var rule = rules.Match(code, turn.Sentences);
        if (rule is not null)
        {
            found.Add(new Annotation(turn.Index, code, Id, Confidence(Math.Max(0.8, scorer.Probability(head))), rule.Start, rule.Length));
        }
        else if (scorer.Fires(head) && scorer.Probability(head) >= rules.ModelFloor.GetValueOrDefault(code))
        {
            found.Add(new Annotation(turn.Index, code, Id, Confidence(scorer.Probability(head)), 0, turn.Spoken.Length));
        }
    }

    private string ModelVersion()
    {
        try
        {
            return model.Value.Info.Version;
        }
        catch (InvalidDataException)
        {
            return "unavailable";
        }
    }

    private static double Confidence(double p) => Math.Round(p, 3);

    private static (int Start, int Length) Span(TurnView turn) => (0, turn.Spoken.Length);
}
