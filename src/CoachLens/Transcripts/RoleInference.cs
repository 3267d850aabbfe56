using System.Globalization;

namespace CoachLens.Transcripts;

/// <summary>
/// Decides which speaker is the coach. Explicit labels win (Coach/Client, Koç/Danışan); then a
/// name the user gave; otherwise the speaker who asks the most questions, since coaching is
/// the coach asking and the client answering.
/// </summary>
public static class RoleInference
{
    private static readonly string[] CoachLabels = ["coach", "koç", "koc", "mentor coach"];
    private static readonly string[] ClientLabels = ["client", "coachee", "danışan", "danisan", "müşteri", "musteri"];

    public static RoleAssignment Infer(IReadOnlyList<RawTurn> turns, string? coachName, string source)
    {
        var speakers = turns.Select(t => t.Speaker).Distinct(StringComparer.Ordinal).ToList();
        if (speakers.Count < 2)
        {
            throw new TranscriptException(source, $"only one speaker ({speakers.FirstOrDefault() ?? "none"}) found; a coaching session needs a coach and a client");
        }

        if (!string.IsNullOrWhiteSpace(coachName))
        {
            var match = speakers.FirstOrDefault(s => string.Equals(s, coachName.Trim(), StringComparison.OrdinalIgnoreCase))
                ?? throw new TranscriptException(source, $"no speaker named '{coachName}' (speakers: {string.Join(", ", speakers)})");
            return Assign(match, speakers, "--coach option", 1.0);
        }

        var labelledCoach = speakers.FirstOrDefault(s => CoachLabels.Contains(s.ToLower(CultureInfo.InvariantCulture)));
        var labelledClient = speakers.FirstOrDefault(s => ClientLabels.Contains(s.ToLower(CultureInfo.InvariantCulture)));
        if (labelledCoach is not null)
        {
            return Assign(labelledCoach, speakers, "speaker labelled as coach", 1.0);
        }

        var byQuestions = speakers
            .Select(s => (Speaker: s, Questions: turns.Count(t => t.Speaker == s && t.Text.Contains('?', StringComparison.Ordinal))))
            .OrderByDescending(x => x.Questions)
            .ThenBy(x => turns.ToList().FindIndex(t => t.Speaker == x.Speaker))
            .ToList();
        var candidates = labelledClient is null ? byQuestions : byQuestions.Where(x => x.Speaker != labelledClient).ToList();
        var top = candidates[0];
        var runnerUp = byQuestions.Where(x => x.Speaker != top.Speaker).Select(x => x.Questions).FirstOrDefault();
        var confidence = top.Questions == 0 ? 0.5 : Math.Round(0.5 + (0.5 * (top.Questions - runnerUp) / top.Questions), 2);
        return Assign(top.Speaker, speakers, "speaker who asks the most questions", confidence);
    }

    private static RoleAssignment Assign(string coach, List<string> speakers, string method, double confidence)
    {
        var others = speakers.Where(s => s != coach).ToList();
        var clients = others.Take(1).ToList();
        if (others.Count > 1)
        {
            // With a sponsor or a second client in the room, every non-coach speaker is treated as a client voice.
            clients = others;
        }

        return new RoleAssignment(coach, clients, method, confidence, []);
    }
}
