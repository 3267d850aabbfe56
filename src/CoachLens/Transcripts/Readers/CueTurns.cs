using System.Text.RegularExpressions;

namespace CoachLens.Transcripts.Readers;

/// <summary>
/// Turns timed captions into speaker turns, for WebVTT and SubRip alike: a caption without a speaker
/// continues the last one, and consecutive captions of one speaker merge into one turn. Captions of
/// different speakers stay separate with their own start and end, so overlaps (interruptions) survive.
/// </summary>
internal static partial class CueTurns
{
    public static IReadOnlyList<RawTurn> Build(IReadOnlyList<Cue> cues, string source, string format)
    {
        var accepted = SpeakerLabels.Accepted(cues.SelectMany(c => c.Segments).Where(s => s.Label is not null).Select(s => s.Label!));
        var turns = new List<RawTurn>();
        string? speaker = null;
        var labelled = false;
        foreach (var cue in cues)
        {
            foreach (var segment in cue.Segments)
            {
                var text = segment.Text;
                var said = segment.Voice ?? (segment.Label is not null && accepted.Contains(segment.Label) ? segment.Label : null);
                if (said is null && segment.Label is not null)
                {
                    text = segment.Label + ": " + text;
                }

                labelled |= said is not null;
                speaker = said ?? speaker;
                if (text.Length == 0 && said is null)
                {
                    continue;
                }

                var who = speaker ?? string.Empty;
                if (turns.Count > 0 && turns[^1].Speaker == who)
                {
                    var last = turns[^1];
                    turns[^1] = last with { End = Math.Max(last.End ?? cue.End, cue.End), Text = Join(last.Text, text) };
                }
                else
                {
                    turns.Add(new RawTurn(who, cue.Start, cue.End, text));
                }
            }
        }

        if (!labelled)
        {
            throw new TranscriptException(source, $"the {format} captions have no speaker names (expected 'Name: text' or <v Name> in the cues)");
        }

        // Captions before the first named speaker cannot be attributed; they are dropped rather than guessed.
        return turns.Where(t => t.Speaker.Length > 0).ToList();
    }

    /// <summary>Splits caption text into segments at each line that starts with a speaker prefix ("Maria: ", "- Maria: ", "&gt;&gt; Maria: ").</summary>
    public static IReadOnlyList<CueSegment> SplitLabels(IEnumerable<string> lines)
    {
        var segments = new List<CueSegment>();
        foreach (var line in lines)
        {
            var m = Prefix().Match(line);
            if (m.Success)
            {
                segments.Add(new CueSegment(m.Groups["name"].Value.Trim(), null, m.Groups["text"].Value.Trim()));
            }
            else if (segments.Count > 0)
            {
                segments[^1] = segments[^1] with { Text = Join(segments[^1].Text, line.Trim()) };
            }
            else
            {
                segments.Add(new CueSegment(null, null, line.Trim().TrimStart('-', '>').Trim()));
            }
        }

        return segments;
    }

    private static string Join(string a, string b) => a.Length == 0 ? b : b.Length == 0 ? a : a + " " + b;

    [GeneratedRegex(@"^(?:-\s*|>>\s*)?\[?(?<name>" + LinePatterns.Name + @")\]?\s*:\s*(?<text>.*)$")]
    private static partial Regex Prefix();
}
