using CoachLens.Scoring;

namespace CoachLens.Trust;

/// <summary>
/// Counts coach turns that keep the client's own words (an echo of what the client just said, or a quote of
/// earlier words) and turns that relabel the client's experience with a term the client never used.
/// </summary>
public static class LanguageChecker
{
    public static LanguageCheck Check(ScoringContext context, Cue relabels)
    {
        var kept = new List<Evidence>();
        var relabelled = new List<Evidence>();
        var clientSoFar = string.Empty;
        foreach (var view in context.Turns)
        {
            if (view.Turn.IsClient)
            {
                clientSoFar += " " + view.Spoken;
                continue;
            }

            if (!view.Turn.IsCoach)
            {
                continue;
            }

            var match = relabels.FirstMatch(view.Spoken);
            if (match is not null && !clientSoFar.Contains(match.Value, StringComparison.OrdinalIgnoreCase))
            {
                relabelled.Add(context.Quote(view.Index, match.Index));
            }
            else if (context.EchoesClient(view.Index) || QuotesClient(view.Spoken, clientSoFar))
            {
                kept.Add(context.Quote(view.Index));
            }
        }

        return new LanguageCheck(kept.Count, relabelled.Count, kept.Take(2).ToList(), relabelled.Take(2).ToList());
    }

    /// <summary>A quoted phrase of three or more words in the coach turn that the client said earlier.</summary>
    private static bool QuotesClient(string coach, string client)
    {
        foreach (var part in coach.Split('"', '“', '”').Where((_, i) => i % 2 == 1))
        {
            var phrase = part.Trim().TrimEnd('.', ',', '?', '!');
            if (phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 2 && client.Contains(phrase, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
