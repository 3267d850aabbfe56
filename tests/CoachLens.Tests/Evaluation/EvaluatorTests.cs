using CoachLens.Evaluation;

namespace CoachLens.Tests.Evaluation;

public class EvaluatorTests
{
    private static GoldTurn Coach(string text, params string[] labels) => new("Coach", null, text, labels, []);

    private static GoldTurn Client(string text, params string[] labels) => new("Client", null, text, labels, []);

    private static Scorecard Score(GoldDocument gold, IReadOnlyList<PredictedTurn> predicted, params string[] codes) =>
        Evaluator.Score([(gold, predicted)], codes.Length > 0 ? codes : Evaluator.CodesOf([gold]));

    [Fact]
    public void Question_IsOpenOrClosedOnEitherSide()
    {
        var gold = new GoldDocument("d", [Coach("What now?", "open_question"), Coach("Did it work?", "closed_question")]);
        var card = Score(gold, [new("What now?", ["closed_question"]), new("Did it work?", [])]);
        Assert.Equal(new CodeScore("question", 1, 0, 1), card["question"]);
        Assert.Equal(new CodeScore("open_question", 0, 0, 1), card["open_question"]);
        Assert.Equal(new CodeScore("closed_question", 0, 1, 1), card["closed_question"]);
    }

    [Fact]
    public void PredictedSummary_CountsAsAReflection()
    {
        var gold = new GoldDocument("d", [Coach("So, all in all, you want out.", "reflection")]);
        var card = Score(gold, [new("So, all in all, you want out.", ["summary"])], "reflection");
        Assert.Equal(1, card["reflection"].TruePositives);
    }

    [Fact]
    public void UncertainDimension_IsSkippedForThatTurnOnly()
    {
        var gold = new GoldDocument("d",
        [
            new GoldTurn("Coach", null, "You want out?", ["reflection"], ["question"]),
            Coach("Do you?", "closed_question"),
        ]);
        var card = Score(gold, [new("You want out?", ["closed_question", "reflection"]), new("Do you?", [])], "question", "reflection");
        Assert.Equal(new CodeScore("question", 0, 0, 1), card["question"]);
        Assert.Equal(new CodeScore("reflection", 1, 0, 0), card["reflection"]);
    }

    [Fact]
    public void ClientCodes_AreScoredOnClientTurnsAndCoachCodesOnCoachTurns()
    {
        var gold = new GoldDocument("d", [Coach("How are you?", "open_question"), Client("Honestly, I feel lost.", "feeling")]);
        var card = Score(gold, [new("How are you?", ["open_question", "feeling"]), new("Honestly, I feel lost.", ["feeling", "open_question"])]);
        Assert.Equal(new CodeScore("feeling", 1, 0, 0), card["feeling"]);
        Assert.Equal(new CodeScore("open_question", 1, 0, 0), card["open_question"]);
        Assert.Equal((1, 1), (card.ScoredCoachTurns, card.ScoredClientTurns));
    }

    [Fact]
    public void CodesOf_ListsQuestionFirstThenTheLabelledCodesInVocabularyOrder()
    {
        var gold = new GoldDocument("d", [Coach("x", "information", "open_question"), Coach("y", "reflection"), Client("z", "risk")]);
        Assert.Equal(["question", "open_question", "reflection", "information", "risk"], Evaluator.CodesOf([gold]));
    }

    [Fact]
    public void MissingPredictedTurn_PredictsNothingAndIsReported()
    {
        var gold = new GoldDocument("d", [Coach("First thing.", "information"), Coach("Second thing?", "open_question")]);
        var card = Score(gold, [new("Second thing?", ["open_question"])]);
        Assert.Equal(new CodeScore("information", 0, 0, 1), card["information"]);
        Assert.Equal(1, card["open_question"].TruePositives);
        Assert.Equal(["d(1)"], card.Misaligned);
    }

    [Fact]
    public void MacroF1_AveragesTheRoundedF1s()
    {
        var card = new Scorecard([new CodeScore("a", 1, 2, 0), new CodeScore("b", 2, 0, 1)], 3, 0, []);
        Assert.Equal(0.5, Scorecard.Round(card.Codes[0].F1));
        Assert.Equal(0.8, Scorecard.Round(card.Codes[1].F1));
        Assert.Equal(0.65, card.MacroF1);
    }

    [Fact]
    public void ScorecardText_LooksLikeTheSharedScorersOutput()
    {
        var card = new Scorecard([new CodeScore("question", 9, 1, 1)], 20, 0, []);
        Assert.Equal(
            "label                 P      R     F1      n\nquestion          0.900  0.900  0.900     10\nmacro_f1 0.900 over 20 coach turns\n",
            ScorecardText.Format(card));
    }
}
