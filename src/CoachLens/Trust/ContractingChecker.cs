using CoachLens.Scoring;

namespace CoachLens.Trust;

/// <summary>
/// Checks the coaching agreement wherever it happens (a first session, or two or more topics in one session): which topics the coach covered (confidentiality and
/// its limits, roles, coaching versus therapy and consulting, logistics) and which are missing.
/// </summary>
public sealed class ContractingChecker(ContractingRules rules, MoveReader moves, ScoringContext context, TrustWords words)
{
    public ContractingCheck Check()
    {
        // A confidentiality slip mentions confidentiality too; it is not contracting.
        var coach = context.CoachTurns.Where(t => !moves.Has(t.Index, "confidentiality_slip")).ToList();
        var topics = rules.Topics.Select(topic =>
        {
            var hits = coach.Where(t => topic.Fires(t.Index, t.Spoken, context.Detection)).Take(2).ToList();
            var evidence = hits.Select(t => context.Quote(t.Index, topic.Position(t.Index, t.Spoken, context.Detection) ?? 0)).ToList();
            return new ContractingTopic(topic.Id, words.Topic(topic.Id), hits.Count > 0, evidence);
        }).ToList();
        var first = coach.Any(t => rules.FirstSession.Matches(t.Spoken));

        // One topic touched mid-session (a "this stays between us", the limits of coaching during a referral) is
        // not a contracting conversation; two topics or a first session are, and then the missing ones matter.
        var happened = first || topics.Count(t => t.Covered && t.Topic != "confidentiality_limits") >= 2;
        var covered = topics.Where(t => t.Covered).Select(t => t.Topic).ToList();
        var missing = happened ? topics.Where(t => !t.Covered).Select(t => t.Topic).ToList() : [];
        return new ContractingCheck(happened, first, topics, covered, missing, Note(happened, first, topics));
    }

    private string Note(bool happened, bool first, List<ContractingTopic> topics)
    {
        var covered = topics.Where(t => t.Covered).Select(t => t.Label).ToList();
        var missing = topics.Where(t => !t.Covered).Select(t => t.Label).ToList();
        if (!happened)
        {
            return covered.Count > 0 ? words.Format("trust.contracting.touched", ("topics", string.Join("; ", covered))) : words["trust.contracting.none"];
        }

        var text = missing.Count == 0
            ? words.Format("trust.contracting.all", ("topics", string.Join("; ", covered)))
            : words.Format("trust.contracting.some", ("topics", covered.Count == 0 ? words["trust.contracting.noTopic"] : string.Join("; ", covered)), ("missing", string.Join("; ", missing)));
        return first && missing.Count > 0 ? text + " " + words["trust.contracting.firstSession"] : text;
    }
}
