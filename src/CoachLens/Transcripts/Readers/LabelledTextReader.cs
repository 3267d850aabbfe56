using System.Text.RegularExpressions;

namespace CoachLens.Transcripts.Readers;

/// <summary>
/// Speaker-labelled text, one turn a line: "[00:01:02] Coach: …", "00:01:02 Maria: …" or "Maria: …".
/// A line without a speaker label continues the previous turn.
/// </summary>
public sealed partial class LabelledTextReader : ITranscriptReader
{
    public string Format => "text";

    public int Sniff(string content, string extension)
    {
        var lines = content.Split('\n', StringSplitOptions.RemoveEmptyEntries).Take(50).ToList();
        if (lines.Count == 0)
        {
            return 0;
        }

        var labelled = lines.Count(l => TryParseLine(l, out _, out _, out _));
        if (labelled == 0)
        {
            return 0;
        }

        return extension is "txt" or "text" or "md" ? 60 : 40;
    }

    public IReadOnlyList<RawTurn> Read(string content, string source)
    {
        var turns = new List<RawTurn>();
        foreach (var rawLine in content.Split('\n'))
        {
            var line = rawLine.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (TryParseLine(line, out var speaker, out var start, out var text))
            {
                turns.Add(new RawTurn(speaker, start, null, text));
            }
            else if (turns.Count > 0)
            {
                turns[^1] = turns[^1] with { Text = turns[^1].Text + " " + line };
            }
        }

        if (turns.Count == 0)
        {
            throw new TranscriptException(source, "no speaker labels found (expected lines like 'Coach: …' or '[00:01:02] Maria: …')");
        }

        return turns;
    }

    private static bool TryParseLine(string line, out string speaker, out double? start, out string text)
    {
        var m = Line().Match(line);
        speaker = m.Groups["name"].Value.Trim();
        text = m.Groups["text"].Value;
        start = m.Groups["ts"].Success ? Timestamps.TryParse(m.Groups["ts"].Value) : null;
        return m.Success && (!m.Groups["ts"].Success || start.HasValue);
    }

    // A speaker name: up to four words of letters (any script), dots, apostrophes or hyphens.
    [GeneratedRegex(@"^(?:\[?(?<ts>\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?)\]?\s+)?(?<name>\p{L}[\p{L}\p{M}.'’\-]*(?: [\p{L}\p{M}.'’\-]+){0,3}):\s*(?<text>.*)$")]
    private static partial Regex Line();
}
