using CoachLens.Detection;
using CoachLens.Text;

namespace CoachLens.Detectors.CoachTalk;

/// <summary>
/// A reflection is a summary when it is long and gathers what the client said over several turns, or
/// announces itself ("let me summarize", "so far you've talked about").
/// </summary>
internal static class Summaries
{
    private static readonly string[] Announcements =
    [
        "summar", "so far", "let me see if i", "let me make sure i", "you've talked about", "you have talked about",
        "you've mentioned", "a few things", "several things", "on the one hand", "what i've heard", "to pull together",
    ];

    public static bool IsSummary(DetectionContext context, TurnView turn)
    {
        if (turn.Words.Count < 25)
        {
            return false;
        }

        if (IsAnnounced(turn))
        {
            return true;
        }

        // Long, and drawing on at least two of the client's last three turns.
        if (turn.Words.Count < 60)
        {
            return false;
        }

        var coachWords = turn.Words.Where(w => w.Length > 4).ToHashSet(StringComparer.Ordinal);
        var (seen, drawnOn) = (0, 0);
        for (var i = turn.Index - 1; i >= 0 && seen < 3; i--)
        {
            if (context.Turns[i].Turn.IsClient)
            {
                seen++;
                drawnOn += context.Turns[i].Words.Where(w => w.Length > 4).Distinct(StringComparer.Ordinal).Count(coachWords.Contains) >= 2 ? 1 : 0;
            }
        }

        return drawnOn >= 2;
    }

    /// <summary>The turn says it is a summary ("let me summarize", "what I've heard").</summary>
    public static bool IsAnnounced(TurnView turn)
    {
        return Announcements.Any(a => turn.Spoken.Contains(a, StringComparison.OrdinalIgnoreCase));
    }
}
