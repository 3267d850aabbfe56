using CoachLens.Text;

namespace CoachLens.Detectors;

/// <summary>
/// A turn as the phrase rules read it, prepared once per turn rather than once per rule: the spoken words with
/// curly apostrophes straightened (same length, so spans still point into the spoken text), and its sentences.
/// </summary>
public sealed record PhraseText(string Spoken, int WordCount, IReadOnlyList<PhraseSentence> Sentences)
{
    public static PhraseText Of(TurnView turn) =>
        new(Normalize(turn.Spoken), turn.Words.Count, turn.Sentences.Select(s => new PhraseSentence(Normalize(s.Text), s.Start, s.IsQuestion)).ToArray());

    private static string Normalize(string text) => text.Replace('’', '\'').Replace('‘', '\'');
}

/// <summary>One sentence of a <see cref="PhraseText"/>: its text, where it starts in the turn, and whether it asks.</summary>
public sealed record PhraseSentence(string Text, int Start, bool IsQuestion);
