using System.Globalization;
using CoachLens.Transcripts;

namespace CoachLens.Scoring;

/// <summary>Judges a marker from a cue rule: coach turns in the rule's window that carry its codes or phrases.</summary>
public static class CueMarkers
{
    public static MarkerResult Judge(MarkerRule rule, string competency, ScoringContext context)
    {
        var hits = context.CoachTurns
            .Select(t => (Turn: t.Index, Position: Match(rule, context, t.Index)))
            .Where(h => h.Position >= 0)
            .ToList();
        var inWindow = hits.Where(h => context.InWindow(h.Turn, rule.Window)).ToList();
        var evidence = (inWindow.Count > 0 ? inWindow : hits).Take(3).Select(h => context.Quote(h.Turn, h.Position)).ToList();
        var turns = string.Join(", ", evidence.Select(e => Where(e)));

        if (inWindow.Count >= rule.MinCount)
        {
            return new MarkerResult(rule.Marker, competency, MarkerStatus.Observed, Confidence(inWindow.Count), evidence, $"{rule.Found} ({turns})");
        }

        if (hits.Count > 0)
        {
            var why = inWindow.Count == 0 && rule.Window != "any"
                ? $"{rule.Found} — but not where it belongs in the session ({WindowName(rule.Window)}): {turns}."
                : $"{rule.Found} — once ({turns}); more would make it clear.";
            return new MarkerResult(rule.Marker, competency, MarkerStatus.Partial, 0.5, evidence, why);
        }

        return new MarkerResult(rule.Marker, competency, MarkerStatus.NotObserved, 0.6, [], rule.Missing);
    }

    /// <summary>The character position of the cue in the turn, or -1 when the turn does not show it.</summary>
    private static int Match(MarkerRule rule, ScoringContext context, int turn)
    {
        if (rule.AfterClientCodes.Count > 0)
        {
            var before = turn > 0 ? context.Turns[turn - 1] : null;
            if (before is null || !before.Turn.IsClient || !rule.AfterClientCodes.Any(c => context.Detection.Has(before.Index, c)))
            {
                return -1;
            }
        }

        var code = context.Detection.For(turn).FirstOrDefault(a => rule.Codes.Contains(a.Code));
        var spoken = context.Turns[turn].Spoken;
        var pattern = rule.Patterns.Select(p => p.Match(spoken)).FirstOrDefault(m => m.Success);
        var codeOk = code is not null;
        var patternOk = pattern is not null;
        var matched = rule.RequireAll
            ? (rule.Codes.Count == 0 || codeOk) && (rule.Patterns.Count == 0 || patternOk)
            : codeOk || patternOk;
        return !matched ? -1 : pattern?.Index ?? code!.SpanStart;
    }

    private static double Confidence(int count) => Math.Min(0.9, 0.6 + (0.1 * count));

    internal static string Where(Evidence e) =>
        e.Start is { } s
            ? string.Create(CultureInfo.InvariantCulture, $"turn {e.Turn} at {Timestamps.Format(s)}")
            : string.Create(CultureInfo.InvariantCulture, $"turn {e.Turn}");

    private static string WindowName(string window) => window switch
    {
        "opening" => "the opening",
        "closing" => "the closing",
        "middle" => "the middle of the session",
        "opening_middle" => "before the closing",
        "closing_middle" => "the second half",
        _ => "anywhere",
    };
}
