using CoachLens.Text;

namespace CoachLens.Detectors.CoachTalk;

/// <summary>
/// A sentence ready for features: its kind ("q" question, "d" statement, "x" cut off), its words cleaned of
/// disfluencies, how many of them open it as discourse markers, and whether it holds a number.
/// </summary>
public sealed record SpokenSentence(Sentence Sentence, string Kind, IReadOnlyList<string> Words, int Skip, bool HasNumber)
{
    public const string Question = "q";
    public const string Statement = "d";
    public const string CutOff = "x";
}
