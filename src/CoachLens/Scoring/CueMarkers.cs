using CoachLens.Localization;
using CoachLens.Transcripts;

namespace CoachLens.Scoring;

/// <summary>Judges a marker from a cue rule: coach turns in the rule's window that carry its codes or phrases.</summary>
public static class CueMarkers
{
    private sealed record Hit(int Turn, int Position, bool Strong);

    public static MarkerResult Judge(MarkerRule rule, string competency, ScoringContext context)
    {
        var hits = context.CoachTurns.Select(t => Match(rule, context, t.Index)).OfType<Hit>().ToList();
        var strong = hits.Where(h => h.Strong).ToList();
        var strongInWindow = strong.Where(h => context.InWindow(h.Turn, rule.Window)).ToList();
        var shown = strongInWindow.Count > 0 ? strongInWindow : strong.Count > 0 ? strong : hits;
        var evidence = shown.Take(3).Select(h => context.Quote(h.Turn, h.Position)).ToList();
        var texts = context.Texts;
        var turns = string.Join(", ", evidence.Select(e => Where(e, texts)));

        if (strongInWindow.Count >= rule.MinCount)
        {
            return new MarkerResult(rule.Marker, competency, MarkerStatus.Observed, Confidence(strongInWindow.Count), evidence, $"{rule.Found} ({turns})");
        }

        if (hits.Count == 0)
        {
            return new MarkerResult(rule.Marker, competency, MarkerStatus.NotObserved, 0.6, [], rule.Missing);
        }

        var why = strong.Count == 0
            ? texts.Format("cue.partialGeneric", ("found", rule.Found), ("turns", turns))
            : strongInWindow.Count == 0 && rule.Window != "any"
                ? texts.Format("cue.partialWindow", ("found", rule.Found), ("window", texts["window." + rule.Window]), ("turns", turns))
                : texts.Format("cue.partialOnce", ("found", rule.Found), ("turns", turns));
        return new MarkerResult(rule.Marker, competency, MarkerStatus.Partial, 0.5, evidence, why);
    }

    /// <summary>Where the turn shows the cue, and whether strongly; null when it does not.</summary>
    private static Hit? Match(MarkerRule rule, ScoringContext context, int turn)
    {
        if (rule.AfterClientCodes.Count > 0)
        {
            var before = turn > 0 ? context.Turns[turn - 1] : null;
            if (before is null || !before.Turn.IsClient || !rule.AfterClientCodes.Any(c => context.Detection.Has(before.Index, c)))
            {
                return null;
            }
        }

        var spoken = context.Turns[turn].Spoken;
        if (rule.ExcludePatterns.Any(p => p.IsMatch(spoken)))
        {
            return null;
        }

        var code = context.Detection.For(turn).FirstOrDefault(a => rule.Codes.Contains(a.Code));
        var pattern = rule.Patterns.Select(p => p.Match(spoken)).FirstOrDefault(m => m.Success);
        var echo = rule.Echo && context.EchoesClient(turn);
        var codeOk = code is not null || echo;
        var patternOk = pattern is not null;
        var matched = rule.RequireAll
            ? (rule.Codes.Count == 0 || codeOk) && (rule.Patterns.Count == 0 || patternOk)
            : codeOk || patternOk;
        if (matched)
        {
            return new Hit(turn, pattern?.Index ?? code?.SpanStart ?? 0, true);
        }

        var weak = rule.PartialPatterns.Select(p => p.Match(spoken)).FirstOrDefault(m => m.Success);
        return weak is null ? null : new Hit(turn, weak.Index, false);
    }

    private static double Confidence(int count) => Math.Min(0.9, 0.6 + (0.1 * count));

    /// <summary>Where a quote is, in words: "turn 4 at 00:03:24".</summary>
    public static string Where(Evidence e, Texts texts) =>
        e.Start is { } s
            ? texts.Format("where.turnAt", ("turn", e.Turn), ("time", Timestamps.Format(s)))
            : texts.Format("where.turn", ("turn", e.Turn));
}
