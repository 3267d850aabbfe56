using CoachLens.Localization;
using CoachLens.Rubrics;
using CoachLens.Scoring;
using CoachLens.Text;

namespace CoachLens.Feedback;

/// <summary>Fills a marker's rewrite template with the client's own words from around the chosen moment.</summary>
public static class RewriteWriter
{
    private static readonly HashSet<string> Common = new(StringComparer.Ordinal)
    {
        "about", "there", "their", "would", "could", "should", "really", "think", "thing", "things", "because", "which",
        "where", "these", "those", "being", "maybe", "right", "know", "going", "actually", "something", "just", "little",
        "other", "people", "probably", "still", "every", "never", "always", "again", "whole", "pretty", "kind", "mean",
    };

    public static Rewrite? Write(Marker marker, ScoringContext context, Texts texts)
    {
        var moment = MomentPicker.Pick(marker.Rewrite.Moment, context);
        if (moment is null)
        {
            return null;
        }

        var client = PreviousClient(context, moment.Index);
        // English templates turn the client's "I" into the coach's "you"; other languages quote the client's words as said.
        var perspective = texts.Language == Languages.English;
        var suggestion = marker.Rewrite.Template
            .Replace("{clientWords}", ClientPhrase(client, perspective) ?? texts["rewrite.defaultWords"], StringComparison.Ordinal)
            .Replace("{clientWord}", KeyWord(client, context) ?? texts["rewrite.defaultWord"], StringComparison.Ordinal)
            .Replace("{earlierWords}", "\"" + (KeyWord(EarlierClient(context, moment.Index), context) ?? texts["rewrite.defaultWord"]) + "\"", StringComparison.Ordinal)
            .Replace("{observation}", texts.Format("rewrite.observation", ("word", KeyWord(null, context) ?? texts["rewrite.defaultWord"])), StringComparison.Ordinal);
        var original = moment.Questions.FirstOrDefault()?.Text ?? (moment.Sentences.Count > 0 ? moment.Sentences[0].Text : moment.Spoken);
        return new Rewrite(moment.Index, moment.Turn.Start, Trim(original, 200), suggestion);
    }

    private static TurnView? PreviousClient(ScoringContext context, int index) =>
        context.Turns.Take(index).LastOrDefault(t => t.Turn.IsClient);

    private static TurnView? EarlierClient(ScoringContext context, int index) =>
        context.Turns.Take(Math.Max(0, index - 3)).Where(t => t.Turn.IsClient).MaxBy(t => t.Words.Count);

    /// <summary>A short phrase of the client's: the sentence with a feeling if any, else the last sentence, at most 10 words.</summary>
    private static string? ClientPhrase(TurnView? client, bool perspective)
    {
        if (client is null || client.Sentences.Count == 0)
        {
            return null;
        }

        var sentence = client.Sentences.FirstOrDefault(s => s.Text.Contains(" feel", StringComparison.OrdinalIgnoreCase)) ?? client.Sentences[^1];
        var words = sentence.Text.TrimEnd('.', '!', '?').Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var phrase = string.Join(' ', words.TakeLast(Math.Min(10, words.Length)));
        return perspective ? Perspective(phrase) : phrase;
    }

    /// <summary>The client's most repeated longer word, the kind of word worth exploring.</summary>
    private static string? KeyWord(TurnView? client, ScoringContext context)
    {
        var source = client is not null ? client.Words : context.ClientTurns.SelectMany(t => t.Words).ToList();
        var candidates = source.Where(w => w.Length >= 5 && !Common.Contains(w) && !w.Contains('\'', StringComparison.Ordinal)).ToList();
        return candidates.GroupBy(w => w, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key).FirstOrDefault();
    }

    /// <summary>Turns the client's first person into the coach's second person for a reflection.</summary>
    private static string Perspective(string phrase)
    {
        var words = phrase.Split(' ').Select(w => w.ToLowerInvariant() switch
        {
            "i" => "you",
            "i'm" => "you're",
            "i've" => "you've",
            "i'd" => "you'd",
            "i'll" => "you'll",
            "my" => "your",
            "me" => "you",
            "myself" => "yourself",
            "am" => "are",
            _ => w,
        });
        return string.Join(' ', words);
    }

    private static string Trim(string text, int max) => text.Length <= max ? text : text[..(max - 1)].TrimEnd() + "…";
}
