using CoachLens.Detection;
using CoachLens.Scoring;

namespace CoachLens.Trust;

/// <summary>
/// The referral view: each client risk cue (behavior code risk), what kind it is, and how the coach responded —
/// acknowledged it, asked about safety, clarified the limits of coaching, referred to other support.
/// </summary>
public sealed class ReferralChecker(RiskRules rules, MoveReader moves, ScoringContext context, TrustWords words)
{
    public ReferralCheck Check()
    {
        var referred = rules.Responses.First(r => r.Id == "referred");
        var referrals = context.CoachTurns.Where(t => referred.Fires(t.Index, t.Spoken, context.Detection)).Select(t => t.Index).ToList();
        var cues = context.Detection.TurnsWith(Behaviors.Risk)
            .Where(t => context.Turns[t].Turn.IsClient)
            .Select(Cue)
            .ToList();
        if (cues.Count == 0)
        {
            return new ReferralCheck([], [], referrals, false, words["trust.referral.none"]);
        }

        var first = cues[0].Turn;
        var after = referrals.Where(r => r > first).ToList();

        // A cue seen only in the coach's response ("are you having thoughts of harming yourself?") that the
        // client answers with a clear no is handled; only other cues call for a referral.
        var open = cues.Where(c => !(c.Category == "coach_response" && AnsweredNo(c.Turn))).ToList();
        var responses = rules.Responses.Select(r => r.Id).Where(id => cues.Any(c => c.Responses.Contains(id))).ToList();
        var without = open.Count > 0 && !referrals.Any(r => r > open[0].Turn);
        var note = without
            ? words.Format("trust.referral.without", ("count", cues.Count), ("turn", first), ("category", cues[0].Label))
            : after.Count > 0
                ? words.Format("trust.referral.referred", ("count", cues.Count), ("turn", first), ("category", cues[0].Label), ("responses", words.List(responses.Select(words.Response))), ("referral", after[0]))
                : words.Format("trust.referral.clearNo", ("turn", first));
        return new ReferralCheck(cues, responses, after, without, note);
    }

    private RiskCue Cue(int turn)
    {
        var view = context.Turns[turn];
        var found = rules.Find(view) ?? rules.FindConcern(view);
        if (found is not null)
        {
            return new RiskCue(turn, found.Cue.Id, words.Risk(found.Cue.Id), context.Quote(turn, found.Position), ResponsesTo(turn));
        }

        // Cues that show only across turns (RiskCueDetector): a duration given for an earlier concern, or an
        // answer to a direct safety question that is not a clear no.
        var earlier = context.ClientTurns.LastOrDefault(t => t.Index < turn);
        if (earlier is not null && context.Detection.Has(earlier.Index, Behaviors.Risk) && rules.FindConcern(earlier) is { } concern)
        {
            return new RiskCue(turn, concern.Cue.Id, words.Format("trust.risk.howLong", ("category", words.Risk(concern.Cue.Id))), context.Quote(turn), ResponsesTo(turn));
        }

        var asked = turn > 0 && context.Turns[turn - 1].Turn.IsCoach && rules.SafetyQuestion.Matches(context.Turns[turn - 1].Spoken);
        var answered = turn + 1 < context.Turns.Count && context.Turns[turn + 1].Turn.IsCoach && rules.TreatsAsRisk(context.Turns[turn + 1].Spoken);
        return asked
            ? new RiskCue(turn, "safety_answer", words.Risk("safety_answer"), context.Quote(turn), ResponsesTo(turn))
            : answered
            ? new RiskCue(turn, "coach_response", words.Risk("coach_response"), context.Quote(turn), ResponsesTo(turn))
            : new RiskCue(turn, "other", words.Risk("other"), context.Quote(turn, context.Detection.For(turn).FirstOrDefault(a => a.Code == Behaviors.Risk)?.SpanStart ?? 0), ResponsesTo(turn));
    }

    private bool AnsweredNo(int cueTurn)
    {
        var answer = context.ClientTurns.FirstOrDefault(t => t.Index > cueTurn);
        return answer is not null && answer.Index == cueTurn + 2 && rules.SafetyQuestion.Matches(context.Turns[cueTurn + 1].Spoken) && rules.ClearNo.Matches(answer.Spoken);
    }

    private List<string> ResponsesTo(int cueTurn)
    {
        var later = context.CoachTurns.Where(t => t.Index > cueTurn).ToList();
        var found = new List<string>();
        foreach (var response in rules.Responses)
        {
            var fires = response.Id == "acknowledged"
                ? later.Take(1).Any(t => response.Fires(t.Index, t.Spoken, context.Detection) && !moves.Has(t.Index, "minimizing") && !moves.Rules.Redirect.Matches(t.Spoken))
                : later.Any(t => response.Fires(t.Index, t.Spoken, context.Detection));
            if (fires)
            {
                found.Add(response.Id);
            }
        }

        return found;
    }
}
