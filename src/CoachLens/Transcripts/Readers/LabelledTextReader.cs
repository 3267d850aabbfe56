using System.Text.RegularExpressions;

namespace CoachLens.Transcripts.Readers;

/// <summary>
/// Speaker-labelled text, one turn a line: "Maria: …", "[00:01:02] Maria: …", "00:01:02 Maria: …",
/// "Maria (00:01:02): …", "COACH [00:01:02]: …" and Zoom's tab-separated "00:01:02	Maria	…".
/// A line without a label continues the previous turn; a timestamp alone on a line dates the next turn.
/// </summary>
public sealed partial class LabelledTextReader : ITranscriptReader
{
    public string Format => "text";

    public int Sniff(TranscriptInput input)
    {
        if (input.Text is null)
        {
            return 0;
        }

        var lines = SampleLines(input.Text);
        var labelled = lines.Count(l => Parse(l) is { Label: true });
        if (labelled == 0)
        {
            return 0;
        }

        var share = 100 * labelled / Math.Max(1, lines.Count);
        return Math.Min(75, 30 + (share / 3) + (input.Extension is "txt" or "text" or "md" ? 10 : 0));
    }

    public IReadOnlyList<RawTurn> Read(TranscriptInput input)
    {
        var text = input.Text ?? throw new TranscriptException(input.Source, "not a text file");
        var lines = text.Split('\n');
        var parsed = lines.Select(l => Parse(l.Trim())).ToList();
        var accepted = SpeakerLabels.Accepted(parsed.Where(p => p.Label && p.Time is null).Select(p => p.Speaker));
        var turns = new List<RawTurn>();
        double? pending = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            var p = parsed[i];
            if (line.Length == 0)
            {
                continue;
            }

            if (p.BadTime is not null)
            {
                throw new TranscriptException(input.Source, $"line {i + 1}: malformed timestamp '{TranscriptException.Quote(p.BadTime)}'");
            }

            if (p.Label && (p.Time is not null || accepted.Contains(p.Speaker)))
            {
                turns.Add(new RawTurn(p.Speaker, p.Time ?? pending, null, p.Text));
                pending = null;
            }
            else if (p.TimeOnly is not null)
            {
                pending = p.TimeOnly;
            }
            else if (turns.Count > 0)
            {
                turns[^1] = turns[^1] with { Text = turns[^1].Text + "\n" + line };
            }
        }

        return turns.Count == 0
            ? throw new TranscriptException(input.Source, "no speaker labels found (expected lines like 'Coach: …' or '[00:01:02] Maria: …')")
            : turns;
    }

    /// <summary>Up to 200 non-blank lines from the first 16 KB: enough to sniff, without copying a long file.</summary>
    internal static List<string> SampleLines(string text) =>
        text[..Math.Min(text.Length, 16 * 1024)].Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).Take(200).ToList();

    private static Line Parse(string line)
    {
        if (line.Length == 0 || line.Length > 20_000)
        {
            return Line.None;
        }

        foreach (var pattern in (ReadOnlySpan<Regex>)[TimeFirst(), TimeAfterName(), TabSeparated(), NameOnly()])
        {
            var m = pattern.Match(line);
            if (!m.Success)
            {
                continue;
            }

            var ts = m.Groups["ts"];
            var time = ts.Success ? Timestamps.TryParse(ts.Value) : null;
            return ts.Success && time is null
                ? Line.None with { BadTime = ts.Value }
                : new Line(true, m.Groups["name"].Value.Trim(), time, m.Groups["text"].Value.Trim(), null, null);
        }

        var alone = TimeAlone().Match(line);
        if (alone.Success)
        {
            var time = Timestamps.TryParse(alone.Groups["ts"].Value);
            return time is null ? Line.None with { BadTime = alone.Groups["ts"].Value } : Line.None with { TimeOnly = time };
        }

        var broken = BrokenTimeLabel().Match(line);
        return broken.Success && Timestamps.TryParse(broken.Groups["ts"].Value) is null
            ? Line.None with { BadTime = broken.Groups["ts"].Value }
            : Line.None;
    }

    [GeneratedRegex(@"^[\[(]?(?<ts>" + LinePatterns.Time + @")[\])]?(?:\s+|\s*-\s*)(?<name>" + LinePatterns.Name + @")\s*:\s*(?<text>.*)$")]
    private static partial Regex TimeFirst();

    [GeneratedRegex(@"^(?<name>" + LinePatterns.Name + @")\s*[\[(](?<ts>" + LinePatterns.Time + @")[\])]\s*:?\s*(?<text>.*)$")]
    private static partial Regex TimeAfterName();

    [GeneratedRegex(@"^(?<ts>" + LinePatterns.Time + @")\t+(?<name>" + LinePatterns.Name + @"):?\t+(?<text>.*)$")]
    private static partial Regex TabSeparated();

    [GeneratedRegex(@"^(?<name>" + LinePatterns.Name + @")\s*:\s*(?:[\[(](?<ts>" + LinePatterns.Time + @")[\])]\s*)?(?<text>.*)$")]
    private static partial Regex NameOnly();

    [GeneratedRegex(@"^[\[(]?(?<ts>" + LinePatterns.Time + @")[\])]?$")]
    private static partial Regex TimeAlone();

    [GeneratedRegex(@"^[\[(](?<ts>" + LinePatterns.LooseTime + @")[\])]\s*" + LinePatterns.Name + @"\s*:")]
    private static partial Regex BrokenTimeLabel();

    private sealed record Line(bool Label, string Speaker, double? Time, string Text, double? TimeOnly, string? BadTime)
    {
        public static readonly Line None = new(false, string.Empty, null, string.Empty, null, null);
    }
}
