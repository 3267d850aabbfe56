using CoachLens.Tests.Support;
using CoachLens.Text;
using CoachLens.Trust;

namespace CoachLens.Tests.Trust;

public class OpennessScoringTests
{
    private static readonly OpennessScorer Scorer = new(TrustRules.Default.Openness);

    private static double Score(string clientLine, double medianWords = 12)
    {
        var transcript = Some.Transcript("Coach: How is it going?", "Client: " + clientLine);
        return Scorer.Score(TurnView.Of(transcript.Turns[1]), medianWords).Score;
    }

    [Theory]
    [InlineData("Fine.")]
    [InlineData("I don't know.")]
    [InlineData("Yeah. I suppose.")]
    [InlineData("Not really.")]
    public void GuardedOneLineAnswer_ScoresAsClosed(string answer) =>
        Assert.True(Score(answer) <= 0.15, $"{answer} scored {Score(answer)}");

    [Fact]
    public void NamingAFeeling_ScoresHigherThanTheSameAnswerWithoutIt() =>
        Assert.True(Score("It was the meeting, and honestly I felt humiliated.") > Score("It was the meeting, and then we went to lunch.") + 0.15);

    [Fact]
    public void SelfDisclosure_RaisesOpenness() =>
        Assert.True(Score("I've never told anyone this, but my dad used to shout at me.") > Score("The team used to shout at the new people.") + 0.15);

    [Fact]
    public void LengthCountsAgainstTheClientsOwnBaseline()
    {
        const string answer = "We looked at the numbers again and the plan still works for the quarter, more or less.";
        Assert.True(Score(answer, medianWords: 4) > Score(answer, medianWords: 60) + 0.15);
    }

    [Fact]
    public void HedgesInAShortAnswer_WeighMoreThanInALongReflectiveTurn()
    {
        var shortTurn = Score("Maybe. I guess. I don't know.", medianWords: 40);
        var longTurn = Score("I don't know. Maybe I'm for making sure they can answer, I guess, and that feels less visible to me, because nobody sees that part of the work and I have always needed to be seen doing something useful in the room.", medianWords: 40);
        Assert.True(longTurn > shortTurn + 0.3, $"long {longTurn}, short {shortTurn}");
    }

    [Fact]
    public void Trajectory_HasOnePointPerClientTurn_AndSmoothsTowardTheNewestTurn()
    {
        var transcript = Some.Transcript(
            "Coach: How are you?",
            "Client: Fine.",
            "Coach: What's on your mind?",
            "Client: Honestly, I feel ashamed. I've never told anyone, but I froze in front of the board and I keep replaying it at night, and I'm scared they saw it.",
            "Coach: That sounds painful.",
            "Client: Yeah.");
        var points = Scorer.Trajectory(transcript.Turns.Where(t => t.IsClient).Select(TurnView.Of));
        Assert.Equal([1, 3, 5], points.Select(p => p.Turn));
        Assert.True(points[1].Openness > points[0].Openness);
        Assert.InRange(points[1].Smoothed, points[0].Openness, points[1].Openness);
        Assert.Contains("feeling_words", points[1].Signals);
        Assert.Contains("guarded_answer", points[2].Signals);
    }
}
