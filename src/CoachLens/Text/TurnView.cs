using CoachLens.Transcripts;

namespace CoachLens.Text;

/// <summary>
/// A turn prepared for detectors once, so that no detector re-tokenizes: the spoken words
/// (annotations removed), sentences and tokens.
/// </summary>
public sealed record TurnView(Turn Turn, string Spoken, IReadOnlyList<Sentence> Sentences, IReadOnlyList<string> Words)
{
    public static TurnView Of(Turn turn)
    {
        var spoken = TurnAnnotations.Strip(turn.Text);
        return new TurnView(turn, spoken, SentenceSplitter.Split(spoken), Tokenizer.Words(spoken));
    }

    public int Index => Turn.Index;

    public IEnumerable<Sentence> Questions => Sentences.Where(s => s.IsQuestion);
}
