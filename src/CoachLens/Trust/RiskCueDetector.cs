using CoachLens.Detection;

namespace CoachLens.Trust;

/// <summary>
/// Marks client turns that suggest a need beyond coaching with the behavior code risk, from the risk-cue
/// data (Trust/Data/risk-cues.data.json). Deliberately narrow: ordinary stress, sadness or tiredness is no cue.
/// Two cues show only across turns: a concern (a sleep problem, drinking, low mood) whose duration of weeks
/// the client gives when the coach asks how long, and an answer to a direct safety question that is not a clear no.
/// A client turn the coach answers by asking about safety, or by clarifying the limits of coaching and referring,
/// is a cue too: the coach heard something that needed it.
/// </summary>
public sealed class RiskCueDetector(RiskRules rules) : IDetector
{
    public RiskCueDetector()
        : this(TrustRules.Default.Risk)
    {
    }

    public string Id => "risk-cues";

    public string Version => "1.0.0+cues." + rules.Version;

    public IReadOnlyList<string> Produces { get; } = [Behaviors.Risk];

    public IEnumerable<Annotation> Detect(DetectionContext context)
    {
        var clients = context.Turns.Where(t => t.Turn.IsClient).ToList();
        var found = new SortedDictionary<int, Annotation>();
        for (var i = 0; i < clients.Count; i++)
        {
            var turn = clients[i];
            if (rules.Find(turn) is { } match)
            {
                found[turn.Index] = new Annotation(turn.Index, Behaviors.Risk, Id, 0.7, match.Position, match.Length);
                continue;
            }

            var next = i + 1 < clients.Count ? clients[i + 1] : null;
            var askedHowLong = next is not null && next.Index - turn.Index == 2 && rules.DurationQuestion.Matches(context.Turns[turn.Index + 1].Spoken);
            if (askedHowLong && rules.FindConcern(turn) is { } concern && rules.Durations.Matches(next!.Spoken))
            {
                found[turn.Index] = new Annotation(turn.Index, Behaviors.Risk, Id, 0.6, concern.Position, concern.Length);
                found.TryAdd(next.Index, new Annotation(next.Index, Behaviors.Risk, Id, 0.6, 0, 0));
            }

            var coach = turn.Index > 0 ? context.Turns[turn.Index - 1] : null;
            if (coach is { Turn.IsCoach: true } && rules.SafetyQuestion.Matches(coach.Spoken) && !rules.ClearNo.Matches(turn.Spoken))
            {
                found.TryAdd(turn.Index, new Annotation(turn.Index, Behaviors.Risk, Id, 0.6, 0, 0));
            }

            var reply = turn.Index + 1 < context.Turns.Count ? context.Turns[turn.Index + 1] : null;
            if (reply is { Turn.IsCoach: true } && rules.TreatsAsRisk(reply.Spoken))
            {
                found.TryAdd(turn.Index, new Annotation(turn.Index, Behaviors.Risk, Id, 0.5, 0, 0));
            }
        }

        return found.Values;
    }
}
