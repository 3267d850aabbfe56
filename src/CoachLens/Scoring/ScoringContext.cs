using CoachLens.Detection;
using CoachLens.Localization;
using CoachLens.Text;
using CoachLens.Transcripts;

namespace CoachLens.Scoring;

/// <summary>What marker judgements read: the transcript, each turn prepared, the detected behaviors and metrics.</summary>
public sealed record ScoringContext(
    Transcript Transcript,
    IReadOnlyList<TurnView> Turns,
    DetectionResult Detection,
    SessionMetrics Metrics,
    ScoringThresholds Thresholds)
{
    /// <summary>The language rationales are written in.</summary>
    public Texts Texts { get; init; } = Texts.English;

    /// <summary>Whether a turn lies in a part of the session: opening, middle, closing, or combinations.</summary>
    public bool InWindow(int turn, string window)
    {
        var position = Turns.Count <= 1 ? 0 : (double)turn / (Turns.Count - 1);
        var opening = position <= 0.35 || turn < 6;
        var closing = position >= 0.75;
        return window switch
        {
            "opening" => opening,
            "middle" => position is > 0.2 and < 0.85,
            "closing" => closing,
            "opening_middle" => position < 0.8,
            "closing_middle" => position > 0.35,
            _ => true,
        };
    }

    /// <summary>
    /// Whether a coach turn opens by giving the client's own words back: a short first sentence, not a
    /// question, most of whose words the client just said ("Thin." "Lighter, and sad.").
    /// </summary>
    public bool EchoesClient(int turn)
    {
        var view = Turns[turn];
        if (!view.Turn.IsCoach || turn == 0 || !Turns[turn - 1].Turn.IsClient || view.Sentences.Count == 0)
        {
            return false;
        }

        var first = view.Sentences[0];
        var words = Text.Tokenizer.Words(first.Text.Trim('"', '“', '”'));
        if (first.IsQuestion || words.Count is 0 or > 8)
        {
            return false;
        }

        var client = Turns[turn - 1].Words.ToHashSet(StringComparer.Ordinal);
        var content = words.Where(w => w.Length > 2 && w is not ("and" or "the" or "you" or "your" or "that")).ToList();
        return content.Count > 0 && content.Count(client.Contains) * 2 >= content.Count + 1;
    }

    public IEnumerable<TurnView> CoachTurns => Turns.Where(t => t.Turn.IsCoach);

    public IEnumerable<TurnView> ClientTurns => Turns.Where(t => t.Turn.IsClient);

    /// <summary>Evidence quoting where a detector found <paramref name="code"/> in a turn.</summary>
    public Evidence QuoteCode(int turn, string code) =>
        Quote(turn, Detection.For(turn).FirstOrDefault(a => a.Code == code)?.SpanStart ?? 0);

    /// <summary>Evidence quoting the sentence around a character position of a turn's spoken text.</summary>
    public Evidence Quote(int turn, int position = 0)
    {
        var view = Turns[turn];
        var sentence = view.Sentences.FirstOrDefault(s => position >= s.Start && position < s.Start + s.Length)
            ?? (view.Sentences.Count > 0 ? view.Sentences[0] : null);
        var text = sentence?.Text ?? view.Spoken;
        if (text.Length > 200)
        {
            text = text[..197].TrimEnd() + "…";
        }

        return new Evidence(turn, text, view.Turn.Start);
    }
}
