using System.Globalization;

namespace CoachLens.Transcripts;

/// <summary>
/// Decides who is the coach and who is the client. Names the user gave win; then role words in the
/// labels (COACH:, "Coach Maria", Danışan); otherwise the speakers are weighed on questions asked,
/// who opened, greeting and contracting phrases and talk share (<see cref="SpeakerSignals"/>).
/// With more than two speakers the client is the one who talks most; the rest are "other".
/// </summary>
public static class RoleInference
{
    public static RoleAssignment Infer(IReadOnlyList<RawTurn> turns, string? coachName, string source, string? clientName = null)
    {
        var speakers = turns.Select(t => t.Speaker).Distinct(StringComparer.Ordinal).ToList();
        if (speakers.Count < 2)
        {
            throw new TranscriptException(source, $"only one speaker ({TranscriptException.Quote(speakers.FirstOrDefault() ?? "none")}) found; a coaching session needs a coach and a client");
        }

        var givenCoach = Find(coachName, speakers, source);
        var givenClient = Find(clientName, speakers, source);
        if (givenCoach is not null && givenCoach == givenClient)
        {
            throw new TranscriptException(source, $"'{givenCoach}' cannot be both the coach and the client");
        }

        var hinted = turns.Where(t => t.RoleHint != Role.Unknown).GroupBy(t => t.RoleHint).ToDictionary(g => g.Key, g => g.First().Speaker);
        var hintedCoach = hinted.GetValueOrDefault(Role.Coach);
        var hintedClient = hinted.GetValueOrDefault(Role.Client);
        var signals = SpeakerSignals.Of(turns, speakers, RolePhrases.Default);

        string coach;
        string method;
        double confidence;
        if (givenCoach is not null)
        {
            (coach, method, confidence) = (givenCoach, givenClient is null ? "--coach option" : "--coach and --client options", 1.0);
        }
        else if (hintedCoach is not null && hintedCoach != givenClient)
        {
            (coach, method, confidence) = (hintedCoach, givenClient is null ? "speaker labelled as coach" : "speaker labelled as coach and --client option", 1.0);
        }
        else
        {
            var exclude = givenClient ?? hintedClient;
            (coach, method, confidence) = Weigh(signals.Where(s => s.Speaker != exclude).ToList(), signals);
            if (exclude is not null)
            {
                method = (givenClient is not null ? "--client option; coach " : "client label; coach ") + method;
                confidence = Math.Max(confidence, speakers.Count == 2 ? 1.0 : confidence);
            }
        }

        var client = givenClient ?? (hintedClient != coach ? hintedClient : null)
            ?? signals.Where(s => s.Speaker != coach).OrderByDescending(s => s.WordShare).First().Speaker;
        var others = speakers.Where(s => s != coach && s != client).ToList();
        return new RoleAssignment(coach, [client], method, confidence, others);
    }

    // The user's name for a speaker matches the normalized speaker, or a full name by its first name.
    private static string? Find(string? name, List<string> speakers, string source)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        var key = SpeakerNames.Key(name);
        var matches = speakers.Where(s => SpeakerNames.Key(s) == key).ToList();
        if (matches.Count == 0)
        {
            matches = speakers.Where(s => SpeakerNames.Key(s).StartsWith(key + " ", StringComparison.Ordinal)).ToList();
        }

        return matches.Count == 1
            ? matches[0]
            : throw new TranscriptException(source, $"{(matches.Count == 0 ? "no speaker" : "more than one speaker")} named '{TranscriptException.Quote(name)}' (speakers: {string.Join(", ", speakers.Select(TranscriptException.Quote))})");
    }

    private static (string Coach, string Method, double Confidence) Weigh(List<SpeakerSignals> candidates, IReadOnlyList<SpeakerSignals> all)
    {
        var maxQ = all.Max(s => s.QuestionShare);
        var ranked = candidates.Select(s => (Signals: s, Score: s.CoachScore(maxQ))).OrderByDescending(x => x.Score).ToList();
        var top = ranked[0];
        var second = ranked.Count > 1 ? ranked[1].Score : 0;
        var margin = top.Score <= 0 ? 0 : Math.Clamp((top.Score - second) / top.Score, 0, 1);
        var confidence = Math.Round(Math.Min(0.95, 0.5 + (0.5 * margin)), 2);
        return (top.Signals.Speaker, "inferred: " + Reasons(top.Signals, all), confidence);
    }

    // The signals on which the chosen coach stands out, so the report can say why.
    private static string Reasons(SpeakerSignals coach, IReadOnlyList<SpeakerSignals> all)
    {
        var others = all.Where(s => s.Speaker != coach.Speaker).ToList();
        var reasons = new List<string>();
        if (others.All(o => coach.QuestionShare > o.QuestionShare))
        {
            reasons.Add(string.Create(CultureInfo.InvariantCulture, $"asks the most questions ({coach.QuestionShare * 100:0}% of turns)"));
        }

        if (coach.SpokeFirst)
        {
            reasons.Add("spoke first");
        }

        if (coach.CoachPhrases > 0 && others.All(o => coach.CoachPhrases > o.CoachPhrases))
        {
            reasons.Add("uses greeting and contracting phrases");
        }

        if (others.All(o => coach.WordShare < o.WordShare))
        {
            reasons.Add("talks less");
        }

        return reasons.Count == 0 ? "weighed questions, opening, phrases and talk share" : string.Join(", ", reasons);
    }
}
