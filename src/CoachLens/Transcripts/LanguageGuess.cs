namespace CoachLens.Transcripts;

/// <summary>A cheap guess of the session language ("en" or "tr") from letters and common words.</summary>
public static class LanguageGuess
{
    private static readonly HashSet<string> TurkishWords = new(StringComparer.Ordinal)
    {
        "ve", "bir", "bu", "ne", "ben", "sen", "çok", "için", "gibi", "ama", "evet", "hayır", "şey", "mi", "mı",
        "nasıl", "neden", "var", "yok", "daha", "olarak", "ki", "da", "de",
    };

    private static readonly HashSet<string> EnglishWords = new(StringComparer.Ordinal)
    {
        "the", "and", "you", "i", "to", "a", "of", "is", "it", "that", "what", "how", "my", "in", "this",
    };

    public static string Guess(IEnumerable<string> texts)
    {
        var tr = 0;
        var en = 0;
        foreach (var text in texts)
        {
            foreach (var word in text.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var w = word.Trim('.', ',', '?', '!', ';', ':', '"', '\'');
                if (TurkishWords.Contains(w) || w.IndexOfAny(['ğ', 'ş', 'ı']) >= 0)
                {
                    tr++;
                }
                else if (EnglishWords.Contains(w))
                {
                    en++;
                }
            }
        }

        return tr > en ? "tr" : "en";
    }
}
