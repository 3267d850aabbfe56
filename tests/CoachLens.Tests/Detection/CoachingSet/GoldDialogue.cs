using System.Globalization;
using System.Text;
using System.Text.Json;
using CoachLens.Transcripts;

namespace CoachLens.Tests.Detection.CoachingSet;

/// <summary>
/// One dialogue of the coaching labelled set (tests/data/behaviors/*.jsonl, the AnnoMI gold format plus an optional
/// "end" time per turn). Stopgap reader until `coachlens eval` reads end times too.
/// </summary>
public sealed record GoldDialogue(string Id, IReadOnlyList<GoldLine> Turns)
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = true };

    public static IReadOnlyList<GoldDialogue> Read(string path) =>
        File.ReadLines(path)
            .Where(l => l.Trim().Length > 0)
            .Select(l => JsonSerializer.Deserialize<GoldDialogue>(l, Options) ?? throw new InvalidDataException($"{path}: empty line"))
            .ToArray();

    /// <summary>
    /// The dialogue as the readers see a file: WebVTT when every turn has an end time (so overlaps survive),
    /// speaker-labelled text otherwise.
    /// </summary>
    public Transcript ToTranscript()
    {
        var text = new StringBuilder();
        if (Turns.All(t => t.End is not null && t.Start is not null))
        {
            text.Append("WEBVTT\n\n");
            for (var i = 0; i < Turns.Count; i++)
            {
                var t = Turns[i];
                text.Append(CultureInfo.InvariantCulture, $"{i + 1}\n{t.Start} --> {t.End}\n<v {t.Speaker}>{t.Text}</v>\n\n");
            }

            return TranscriptLoader.Parse(text.ToString(), Id + ".vtt");
        }

        foreach (var t in Turns)
        {
            text.Append(t.Start is null ? string.Empty : $"[{t.Start}] ").Append(t.Speaker).Append(": ").Append(t.Text).Append('\n');
        }

        return TranscriptLoader.Parse(text.ToString(), Id + ".txt");
    }
}
