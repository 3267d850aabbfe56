using System.Text.RegularExpressions;

namespace CoachLens.Transcripts.Readers;

/// <summary>
/// WebVTT captions as Zoom and Teams export them: speakers come from "&lt;v Name&gt;" voice tags or a
/// "Name: " prefix, and consecutive cues of one speaker merge into one turn.
/// </summary>
public sealed partial class WebVttReader : ITranscriptReader
{
    public string Format => "webvtt";

    public int Sniff(string content, string extension) =>
        content.TrimStart('\uFEFF', ' ', '\n').StartsWith("WEBVTT", StringComparison.Ordinal) ? 95 : 0;

    public IReadOnlyList<RawTurn> Read(string content, string source)
    {
        var turns = new List<RawTurn>();
        var blocks = BlankLines().Split(content.Trim('\uFEFF', '\n', ' '));
        if (!blocks[0].StartsWith("WEBVTT", StringComparison.Ordinal))
        {
            throw new TranscriptException(source, "not a WebVTT file (the first line must be WEBVTT)");
        }

        string? lastSpeaker = null;
        foreach (var block in blocks.Skip(1))
        {
            var lines = block.Split('\n').Select(l => l.TrimEnd()).Where(l => l.Length > 0).ToList();
            if (lines.Count == 0 || lines[0].StartsWith("NOTE", StringComparison.Ordinal)
                || lines[0] == "STYLE" || lines[0] == "REGION")
            {
                continue;
            }

            var timingIndex = lines.FindIndex(l => l.Contains("-->", StringComparison.Ordinal));
            if (timingIndex < 0 || timingIndex > 1)
            {
                continue;
            }

            var (start, end) = ParseTiming(lines[timingIndex], source);
            var payload = string.Join(" ", lines.Skip(timingIndex + 1));
            var (speaker, text) = SplitSpeaker(payload, lastSpeaker);
            if (text.Length == 0)
            {
                continue;
            }

            if (turns.Count > 0 && turns[^1].Speaker == speaker)
            {
                turns[^1] = turns[^1] with { End = end, Text = turns[^1].Text + " " + text };
            }
            else
            {
                turns.Add(new RawTurn(speaker ?? "Unknown", start, end, text));
            }

            lastSpeaker = speaker;
        }

        if (turns.Count == 0)
        {
            throw new TranscriptException(source, "the WebVTT file has no caption cues");
        }

        return turns;
    }

    private static (double Start, double End) ParseTiming(string line, string source)
    {
        var parts = line.Split("-->", 2);
        var start = Timestamps.TryParse(parts[0]);
        var end = Timestamps.TryParse(parts[1].Trim().Split(' ', 2)[0]);
        return start is null || end is null
            ? throw new TranscriptException(source, $"malformed cue timing '{line}'")
            : (start.Value, end.Value);
    }

    private static (string? Speaker, string Text) SplitSpeaker(string payload, string? lastSpeaker)
    {
        var voice = Voice().Match(payload);
        if (voice.Success)
        {
            return (voice.Groups["name"].Value.Trim(), StripTags(payload));
        }

        var plain = StripTags(payload);
        var prefix = NamePrefix().Match(plain);
        return prefix.Success
            ? (prefix.Groups["name"].Value.Trim(), prefix.Groups["text"].Value.Trim())
            : (lastSpeaker, plain);
    }

    private static string StripTags(string text) =>
        System.Net.WebUtility.HtmlDecode(Tags().Replace(text, string.Empty)).Trim();

    [GeneratedRegex(@"\n[ \t]*\n+")]
    private static partial Regex BlankLines();

    [GeneratedRegex(@"<v(?:\.[\w.-]+)?\s+(?<name>[^>]+)>")]
    private static partial Regex Voice();

    [GeneratedRegex(@"</?[a-zA-Z][^>]*>|<\d{2}:[\d:.]+>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"^(?<name>\p{L}[\p{L}\p{M}.'’\-]*(?: [\p{L}\p{M}.'’\-]+){0,3}):\s*(?<text>.*)$")]
    private static partial Regex NamePrefix();
}
