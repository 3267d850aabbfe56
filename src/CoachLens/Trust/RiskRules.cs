using CoachLens.Text;

namespace CoachLens.Trust;

/// <summary>Risk cues in client words and the coach responses to them (Trust/Data/risk-cues.data.json).</summary>
/// <param name="Cues">Cue entries in order; several entries may share an id, which is the category.</param>
/// <param name="Concerns">Signs that are cues only with a duration given in the client's next turn.</param>
/// <param name="Durations">A duration of weeks or months.</param>
/// <param name="DurationQuestion">The coach asking how long something has lasted.</param>
/// <param name="ClearNo">A plain no to a safety question.</param>
/// <param name="SafetyQuestion">The coach asking directly about safety or suicide.</param>
/// <param name="Hypothetical">Referral talk about "if something comes up", as in contracting.</param>
/// <param name="LimitsReply">The coach saying that what the client describes needs more than coaching.</param>
public sealed record RiskRules(
    string Version,
    IReadOnlyList<Cue> Cues,
    IReadOnlyList<Cue> Responses,
    IReadOnlyList<Cue> Concerns,
    Cue Durations,
    Cue DurationQuestion,
    Cue ClearNo,
    Cue SafetyQuestion,
    Cue Hypothetical,
    Cue LimitsReply)
{
    /// <summary>
    /// Whether a coach turn responds to something as a risk: it asks directly about safety, or it clarifies
    /// the limits of coaching and refers, not hypothetically.
    /// </summary>
    public bool TreatsAsRisk(string coachSpoken) =>
        SafetyQuestion.Matches(coachSpoken)
        || (LimitsReply.Matches(coachSpoken) && Response("referred").Matches(coachSpoken) && !Hypothetical.Matches(coachSpoken));

    private Cue Response(string id) => Responses.First(r => r.Id == id);

    /// <summary>
    /// The first cue that fires in a turn and where. Cues are read over a window of two sentences, so that
    /// "I can't sleep. It's been like that for weeks." counts while an exclusion such as "this report" only
    /// vetoes the sentences around it.
    /// </summary>
    public RiskMatch? Find(TurnView turn) => FindIn(turn, Cues);

    /// <summary>The first concern in a turn (a sign that needs a duration to be a cue), or null.</summary>
    public RiskMatch? FindConcern(TurnView turn) => FindIn(turn, Concerns);

    private static RiskMatch? FindIn(TurnView turn, IReadOnlyList<Cue> cues)
    {
        var sentences = turn.Sentences.Count > 0 ? turn.Sentences : [new Sentence(turn.Spoken, 0, turn.Spoken.Length)];
        foreach (var cue in cues)
        {
            for (var i = 0; i < sentences.Count; i++)
            {
                var first = sentences[i];
                var window = i + 1 < sentences.Count ? first.Text + " " + sentences[i + 1].Text : first.Text;
                var match = cue.FirstMatch(window);
                if (match is null)
                {
                    continue;
                }

                var position = match.Index <= first.Text.Length ? first.Start + match.Index : sentences[i + 1].Start;
                return new RiskMatch(cue, position, Math.Min(match.Length, Math.Max(1, turn.Spoken.Length - position)));
            }
        }

        return null;
    }
}
