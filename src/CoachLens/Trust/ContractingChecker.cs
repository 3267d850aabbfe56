using CoachLens.Scoring;

namespace CoachLens.Trust;

/// <summary>
/// Checks the coaching agreement wherever it happens (a first session, or two or more topics in one session): which topics the coach covered (confidentiality and
/// its limits, roles, coaching versus therapy and consulting, logistics) and which are missing.
/// </summary>
public sealed class ContractingChecker(ContractingRules rules, MoveReader moves, ScoringContext context)
{
    public ContractingCheck Check()
    {
        // A confidentiality slip mentions confidentiality too; it is not contracting.
        var coach = context.CoachTurns.Where(t => !moves.Has(t.Index, "confidentiality_slip")).ToList();
        var topics = rules.Topics.Select(topic =>
        {
            var hits = coach.Where(t => topic.Fires(t.Index, t.Spoken, context.Detection)).Take(2).ToList();
            var evidence = hits.Select(t => context.Quote(t.Index, topic.Position(t.Index, t.Spoken, context.Detection) ?? 0)).ToList();
            return new ContractingTopic(topic.Id, topic.Label, hits.Count > 0, evidence);
        }).ToList();
        var first = coach.Any(t => rules.FirstSession.Matches(t.Spoken));

        // One topic touched mid-session (a "this stays between us", the limits of coaching during a referral) is
        // not a contracting conversation; two topics or a first session are, and then the missing ones matter.
        var happened = first || topics.Count(t => t.Covered && t.Topic != "confidentiality_limits") >= 2;
        var covered = topics.Where(t => t.Covered).Select(t => t.Topic).ToList();
        var missing = happened ? topics.Where(t => !t.Covered).Select(t => t.Topic).ToList() : [];
        return new ContractingCheck(happened, first, topics, covered, missing, Note(happened, first, topics));
    }

    private static string Note(bool happened, bool first, List<ContractingTopic> topics)
    {
        if (!happened)
        {
            var touched = topics.Where(t => t.Covered).Select(t => t.Label).ToList();
            return (touched.Count > 0 ? $"The coach touched on {string.Join("; ", touched)}, but there was no contracting conversation in this session. " : "No contracting in this session. ")
                + "That is usual later in an engagement; in a first session, agree confidentiality and its limits, roles, what coaching is and is not, and logistics.";
        }

        var covered = topics.Where(t => t.Covered).Select(t => t.Label).ToList();
        var missing = topics.Where(t => !t.Covered).Select(t => t.Label).ToList();
        var text = missing.Count == 0
            ? $"Contracting covered every topic: {string.Join("; ", covered)}."
            : $"Contracting covered {(covered.Count == 0 ? "no topic yet" : string.Join("; ", covered))}. Not covered: {string.Join("; ", missing)}.";
        return first && missing.Count > 0 ? text + " This reads as a first session, where every topic belongs." : text;
    }
}
