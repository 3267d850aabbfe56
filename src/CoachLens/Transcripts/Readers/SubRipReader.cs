using System.Net;
using System.Text.RegularExpressions;

namespace CoachLens.Transcripts.Readers;

/// <summary>
/// SubRip (.srt) captions as Rev, Descript, Otter and Zoom export them: numbered cues, "00:00:01,000 --&gt; 00:00:04,000",
/// text lines. Speakers come from a "Name: " prefix ("- Name:", "&gt;&gt; Name:"); a cue without one continues the last speaker.
/// </summary>
public sealed partial class SubRipReader : ITranscriptReader
{
    public string Format => "subrip";

    public int Sniff(TranscriptInput input)
    {
        if (input.Text is not { } text)
        {
            return 0;
        }

        var lines = LabelledTextReader.SampleLines(text);
        if (lines.Count >= 2 && Index().IsMatch(lines[0]) && Timing().IsMatch(lines[1]))
        {
            return 90;
        }

        return input.Extension == "srt" && lines.Any(l => Timing().IsMatch(l)) ? 70 : 0;
    }

    public IReadOnlyList<RawTurn> Read(TranscriptInput input)
    {
        var text = input.Text ?? throw new TranscriptException(input.Source, "not a text file");
        var lines = text.Split('\n');
        var cues = new List<Cue>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (!lines[i].Contains("-->", StringComparison.Ordinal))
            {
                continue;
            }

            var (start, end) = WebVttReader.ParseTiming(lines[i], i + 1, input.Source);
            var payload = new List<string>();
            var j = i + 1;
            while (j < lines.Length && lines[j].Trim().Length > 0 && !StartsNextCue(lines, j))
            {
                payload.Add(Clean(lines[j]));
                j++;
            }

            cues.Add(new Cue(i + 1, start, end, CueTurns.SplitLabels(payload.Where(l => l.Length > 0))));
            i = j - 1;
        }

        return cues.Count == 0
            ? throw new TranscriptException(input.Source, "the SubRip file has no caption cues (expected '00:00:01,000 --> 00:00:04,000' lines)")
            : CueTurns.Build(cues, input.Source, "SubRip");
    }

    // Some exports omit the blank line between cues: a number followed by a timing line starts the next one.
    private static bool StartsNextCue(string[] lines, int j) =>
        lines[j].Contains("-->", StringComparison.Ordinal)
        || (Index().IsMatch(lines[j].Trim()) && j + 1 < lines.Length && lines[j + 1].Contains("-->", StringComparison.Ordinal));

    // SubRip allows simple HTML-like formatting (<i>, <b>, <font color=…>) and {\an8}-style position codes.
    private static string Clean(string line) =>
        Whitespace.Normalize(WebUtility.HtmlDecode(Markup().Replace(line, " ")));

    [GeneratedRegex(@"^\d{1,6}$")]
    private static partial Regex Index();

    [GeneratedRegex(@"^\s*\d{1,3}:\d{2}:\d{2}[,.]\d{1,3}\s*-->\s*\d{1,3}:\d{2}:\d{2}[,.]\d{1,3}")]
    private static partial Regex Timing();

    [GeneratedRegex(@"</?[a-zA-Z][^>]{0,200}>|\{\\[^}]{0,40}\}")]
    private static partial Regex Markup();
}
