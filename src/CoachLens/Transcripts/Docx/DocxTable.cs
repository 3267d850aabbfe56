using System.Text.RegularExpressions;
using CoachLens.Transcripts.Readers;

namespace CoachLens.Transcripts.Docx;

/// <summary>
/// A Word table read as a transcript: one row a turn, with time, speaker and text columns found by
/// their header ("Time", "Speaker", "Text"; Turkish too) or, without one, by what the cells hold.
/// </summary>
public static partial class DocxTable
{
    private static readonly HashSet<string> TimeHeaders = new(StringComparer.OrdinalIgnoreCase) { "time", "timestamp", "start", "zaman", "süre", "saat" };
    private static readonly HashSet<string> SpeakerHeaders = new(StringComparer.OrdinalIgnoreCase) { "speaker", "name", "who", "role", "konuşmacı", "kişi", "isim" };
    private static readonly HashSet<string> TextHeaders = new(StringComparer.OrdinalIgnoreCase) { "text", "transcript", "utterance", "dialogue", "what was said", "content", "metin", "konuşma" };

    /// <summary>The turns of the table, or an empty list when it does not look like a transcript.</summary>
    public static IReadOnlyList<RawTurn> Turns(IReadOnlyList<IReadOnlyList<string>> rows)
    {
        var width = rows.Count == 0 ? 0 : rows.Max(r => r.Count);
        if (rows.Count < 2 || width < 2)
        {
            return [];
        }

        var header = rows[0].Select(c => c.Trim().TrimEnd(':')).ToList();
        var (time, speaker, text) = (Find(header, TimeHeaders), Find(header, SpeakerHeaders), Find(header, TextHeaders));
        var body = rows.Skip(speaker >= 0 && text >= 0 ? 1 : 0).Where(r => r.Count == width).ToList();
        if (speaker < 0 || text < 0)
        {
            (time, speaker, text) = ByContent(body, width);
        }

        if (speaker < 0 || text < 0)
        {
            return [];
        }

        return body
            .Where(r => r[speaker].Length > 0 && r[text].Length > 0)
            .Select(r => new RawTurn(r[speaker], time >= 0 ? FirstTime(r[time]) : null, null, r[text]))
            .ToList();
    }

    private static int Find(List<string> header, HashSet<string> names) => header.FindIndex(names.Contains);

    // Without a header: the column that holds timestamps is the time, the one with the longest cells the
    // text, and the one with the fewest distinct short values the speaker.
    private static (int Time, int Speaker, int Text) ByContent(List<IReadOnlyList<string>> rows, int width)
    {
        if (rows.Count < 2)
        {
            return (-1, -1, -1);
        }

        var columns = Enumerable.Range(0, width).ToList();
        var time = columns.FirstOrDefault(c => rows.Count(r => FirstTime(r[c]) is not null) * 10 >= rows.Count * 8, -1);
        var rest = columns.Where(c => c != time).ToList();
        var text = rest.OrderByDescending(c => rows.Average(r => r[c].Length)).First();
        var speaker = rest.Where(c => c != text)
            .Where(c => rows.All(r => r[c].Length <= 60))
            .OrderBy(c => rows.Select(r => r[c]).Distinct(StringComparer.OrdinalIgnoreCase).Count())
            .FirstOrDefault(-1);
        return speaker >= 0 && rows.Select(r => r[speaker]).Distinct(StringComparer.OrdinalIgnoreCase).Count() <= Math.Max(2, rows.Count / 2)
            ? (time, speaker, text)
            : (-1, -1, -1);
    }

    private static double? FirstTime(string cell)
    {
        var m = Time().Match(cell);
        return m.Success ? Timestamps.TryParse(m.Value) : null;
    }

    [GeneratedRegex(LinePatterns.Time)]
    private static partial Regex Time();
}
