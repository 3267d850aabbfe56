using CoachLens.Detection;
using CoachLens.Scoring;

namespace CoachLens.Trust;

/// <summary>
/// The referral view: each client risk cue (behavior code risk), what kind it is, and how the coach responded —
/// acknowledged it, asked about safety, clarified the limits of coaching, referred to other support.
/// </summary>
public sealed class ReferralChecker(RiskRules rules, MoveReader moves, ScoringContext context)
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
            return new ReferralCheck([], [], referrals, false, "No risk cues: nothing the client said suggested a need beyond coaching. Ordinary stress, sadness, tiredness or frustration is not a cue.");
        }

        var first = cues[0].Turn;
        var after = referrals.Where(r => r > first).ToList();
        var responses = rules.Responses.Select(r => r.Id).Where(id => cues.Any(c => c.Responses.Contains(id))).ToList();
        var without = after.Count == 0;
        var count = cues.Count == 1 ? "1 risk cue" : $"{cues.Count} risk cues";
        var note = without
            ? $"The client showed {count} (first at turn {first}: {cues[0].Label}) and the session did not point to other support. This is the first item of the feedback."
            : $"The client showed {count} (first at turn {first}: {cues[0].Label}); the coach {string.Join(", ", responses.Select(Words))} (referral at turn {after[0]}).";
        return new ReferralCheck(cues, responses, after, without, note);
    }

    private RiskCue Cue(int turn)
    {
        var found = rules.Find(context.Turns[turn]);
        var cue = found?.Cue;
        var position = found?.Position
            ?? context.Detection.For(turn).FirstOrDefault(a => a.Code == Behaviors.Risk)?.SpanStart ?? 0;
        return new RiskCue(turn, cue?.Id ?? "other", cue?.Label ?? "a sign of risk", context.Quote(turn, position), ResponsesTo(turn));
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

    private static string Words(string id) => id.Replace('_', ' ');
}
