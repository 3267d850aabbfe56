using System.Net;
using System.Text.RegularExpressions;

namespace CoachLens.Transcripts.Readers;

/// <summary>
/// WebVTT captions as Zoom, Teams and Google Meet export them: cue identifiers, cue settings, NOTE,
/// STYLE and REGION blocks, multi-line cues; speakers from "&lt;v Name&gt;" voice tags (Teams) or a
/// "Name: " prefix (Zoom, Meet). See <see cref="CueTurns"/> for how cues become turns.
/// </summary>
public sealed partial class WebVttReader : ITranscriptReader
{
    public string Format => "webvtt";

    public int Sniff(TranscriptInput input)
    {
        if (input.Text is not { } text)
        {
            return 0;
        }

        var start = 0;
        while (start < text.Length && text[start] is ' ' or '\t' or '\n')
        {
            start++;
        }

        return Header().IsMatch(text.AsSpan(start, Math.Min(text.Length - start, 200))) ? 95 : 0;
    }

    public IReadOnlyList<RawTurn> Read(TranscriptInput input)
    {
        var text = input.Text ?? throw new TranscriptException(input.Source, "not a text file");
        var lines = text.Split('\n');
        var first = Array.FindIndex(lines, l => l.Trim().Length > 0);
        if (first < 0 || !Header().IsMatch(lines[first]))
        {
            throw new TranscriptException(input.Source, "not a WebVTT file (the first line must be WEBVTT)");
        }

        var cues = new List<Cue>();
        var i = SkipBlock(lines, first);
        while (i < lines.Length)
        {
            if (lines[i].Trim().Length == 0)
            {
                i++;
                continue;
            }

            var head = lines[i].Trim();
            if (head.StartsWith("NOTE", StringComparison.Ordinal) || head is "STYLE" or "REGION" || head.StartsWith("STYLE ", StringComparison.Ordinal) || head.StartsWith("REGION ", StringComparison.Ordinal))
            {
                i = SkipBlock(lines, i);
                continue;
            }

            var timing = lines[i].Contains("-->", StringComparison.Ordinal) ? i
                : i + 1 < lines.Length && lines[i + 1].Contains("-->", StringComparison.Ordinal) ? i + 1
                : -1;
            var end = SkipBlock(lines, i);
            if (timing >= 0)
            {
                var (start, stop) = ParseTiming(lines[timing], timing + 1, input.Source);
                cues.Add(new Cue(timing + 1, start, stop, Segments(lines[(timing + 1)..end])));
            }

            i = end;
        }

        return cues.Count == 0
            ? throw new TranscriptException(input.Source, "the WebVTT file has no caption cues")
            : CueTurns.Build(cues, input.Source, "WebVTT");
    }

    /// <summary>Start and end seconds of a timing line ("00:01.000 --> 00:04.000 align:start"); throws when malformed.</summary>
    internal static (double Start, double End) ParseTiming(string line, int lineNumber, string source)
    {
        var parts = line.Split("-->", 2);
        var start = Timestamps.TryParse(parts[0]);
        var endText = parts[1].Trim().Split([' ', '\t'], 2)[0];
        var end = Timestamps.TryParse(endText);
        if (start is null || end is null)
        {
            throw new TranscriptException(source, $"line {lineNumber}: malformed cue timing '{TranscriptException.Quote(line)}'");
        }

        return end < start
            ? throw new TranscriptException(source, $"line {lineNumber}: the cue ends before it starts ('{TranscriptException.Quote(line)}')")
            : (start.Value, end.Value);
    }

    private static int SkipBlock(string[] lines, int from)
    {
        var i = from;
        while (i < lines.Length && lines[i].Trim().Length > 0)
        {
            i++;
        }

        return i;
    }

    // A cue may hold several voices ("<v A>…</v> <v B>…</v>"); each becomes its own segment.
    private static IReadOnlyList<CueSegment> Segments(string[] payload)
    {
        var joined = string.Join("\n", payload);
        var voices = Voice().Matches(joined);
        if (voices.Count == 0)
        {
            return CueTurns.SplitLabels(payload.Select(Clean).Where(l => l.Length > 0));
        }

        var segments = new List<CueSegment>();
        if (voices[0].Index > 0 && Clean(joined[..voices[0].Index]) is { Length: > 0 } before)
        {
            segments.Add(new CueSegment(null, null, before));
        }

        for (var v = 0; v < voices.Count; v++)
        {
            var from = voices[v].Index + voices[v].Length;
            var to = v + 1 < voices.Count ? voices[v + 1].Index : joined.Length;
            var name = Clean(voices[v].Groups["name"].Value);
            segments.Add(new CueSegment(null, name.Length > 0 ? name : null, Clean(joined[from..to])));
        }

        return segments;
    }

    private static string Clean(string text)
    {
        var plain = text.Contains('<', StringComparison.Ordinal) ? Tags().Replace(text, " ") : text;
        return Whitespace.Normalize(plain.Contains('&', StringComparison.Ordinal) ? WebUtility.HtmlDecode(plain) : plain);
    }

    [GeneratedRegex(@"^\uFEFF?WEBVTT(?:[ \t][^\n]*)?(?:\n|$)")]
    private static partial Regex Header();

    [GeneratedRegex(@"<v(?:\.[^\s>]+)?[ \t]+(?<name>[^>\n]{1,80})>")]
    private static partial Regex Voice();

    [GeneratedRegex(@"</?[a-zA-Z][^>\n]{0,200}>|<\d{1,3}:[\d:.]{1,12}>")]
    private static partial Regex Tags();
}
