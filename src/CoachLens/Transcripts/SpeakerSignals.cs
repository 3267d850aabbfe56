namespace CoachLens.Transcripts;

/// <summary>What role inference weighs for one speaker: how much they ask, whether they opened, what they say.</summary>
/// <param name="QuestionShare">The share of the speaker's turns that contain a question.</param>
/// <param name="WordShare">The speaker's share of all words spoken.</param>
/// <param name="CoachPhrases">Greeting, contracting and closing phrases used (role-phrases.data.json).</param>
/// <param name="ClientPhrases">Topic-bringing and advice-seeking phrases used.</param>
public sealed record SpeakerSignals(string Speaker, int Turns, double QuestionShare, double WordShare, bool SpokeFirst, int CoachPhrases, int ClientPhrases)
{
    public static IReadOnlyList<SpeakerSignals> Of(IReadOnlyList<RawTurn> turns, IReadOnlyList<string> speakers, RolePhrases phrases)
    {
        var totalWords = Math.Max(1, turns.Sum(t => WordCount(t.Text)));
        return speakers.Select(s =>
        {
            var own = turns.Where(t => t.Speaker == s).ToList();
            var spoken = own.Select(t => TurnAnnotations.Strip(t.Text).ToLowerInvariant()).ToList();
            return new SpeakerSignals(
                s,
                own.Count,
                own.Count == 0 ? 0 : (double)spoken.Count(t => t.Contains('?', StringComparison.Ordinal)) / own.Count,
                (double)own.Sum(t => WordCount(t.Text)) / totalWords,
                turns.Count > 0 && turns[0].Speaker == s,
                spoken.Sum(t => phrases.Coach.Count(p => t.Contains(p, StringComparison.Ordinal))),
                spoken.Sum(t => phrases.Client.Count(p => t.Contains(p, StringComparison.Ordinal))));
        }).ToList();
    }

    /// <summary>How coach-like the speaker is; comparable only between speakers of one transcript.</summary>
    public double CoachScore(double maxQuestionShare) =>
        (3.0 * (maxQuestionShare > 0 ? QuestionShare / maxQuestionShare : 0))
        + (SpokeFirst ? 0.75 : 0)
        + (2.0 * Math.Min(CoachPhrases, 4) / 4)
        - (1.5 * Math.Min(ClientPhrases, 3) / 3)
        + (1.0 - WordShare);

    private static int WordCount(string text) =>
        text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
}
