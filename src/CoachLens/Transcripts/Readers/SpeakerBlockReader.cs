using System.Text.RegularExpressions;

namespace CoachLens.Transcripts.Readers;

/// <summary>
/// Transcripts where a header line names the speaker and the text follows on the next lines:
/// Otter.ai ("Maria Lopez  0:03"), Zoom's saved captions ("[Maria Lopez] 10:02:15"), "00:00:03 Maria",
/// and blank-line separated blocks headed by a bare name ("MARIA" or "Maria"). A bare name counts as a
/// header only when it heads two or more blocks, so a one-word sentence is not taken for a speaker.
/// </summary>
public sealed partial class SpeakerBlockReader : ITranscriptReader
{
    public string Format => "blocks";

    public int Sniff(TranscriptInput input)
    {
        if (input.Text is null)
        {
            return 0;
        }

        var lines = LabelledTextReader.SampleLines(input.Text);
        var candidates = lines.Select(Candidate).ToList();
        var names = AcceptedNames(candidates);
        var headers = candidates.Count(c => c is not null && names.Contains(c.Name));
        if (headers < 2)
        {
            return 0;
        }

        var share = 100 * headers / Math.Max(1, lines.Count);
        return Math.Min(80, 40 + (share / 2) + (input.Extension is "txt" or "text" or "md" ? 10 : 0));
    }

    public IReadOnlyList<RawTurn> Read(TranscriptInput input)
    {
        var text = input.Text ?? throw new TranscriptException(input.Source, "not a text file");
        var lines = text.Split('\n').Select(l => l.Trim()).ToList();
        var candidates = lines.Select(Candidate).ToList();
        var names = AcceptedNames(candidates);
        var turns = new List<RawTurn>();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Length == 0 || OtterFooter().IsMatch(line))
            {
                continue;
            }

            var header = candidates[i];
            if (header is not null && names.Contains(header.Name))
            {
                if (header.BadTime is not null)
                {
                    throw new TranscriptException(input.Source, $"line {i + 1}: malformed timestamp '{TranscriptException.Quote(header.BadTime)}'");
                }

                turns.Add(new RawTurn(header.Name, header.Time, null, string.Empty));
            }
            else if (turns.Count > 0)
            {
                turns[^1] = turns[^1] with { Text = turns[^1].Text.Length == 0 ? line : turns[^1].Text + "\n" + line };
            }
        }

        return turns.Count == 0
            ? throw new TranscriptException(input.Source, "no speaker headers found (expected 'Maria Lopez  0:03' or a speaker name above each block)")
            : turns;
    }

    // A timed header needs a name-like name ("Maria Lopez", "SPEAKER 2") or one that recurs; a bare name
    // must recur, so "We meet at 10:30" or a one-word answer is not taken for a speaker.
    private static HashSet<string> AcceptedNames(IEnumerable<Header?> candidates) =>
        candidates.Where(c => c is not null)
            .GroupBy(c => c!.Name, StringComparer.Ordinal)
            .Where(g => g.Any(c => c!.Timed)
                ? g.Count() >= 2 || NameLike(g.Key)
                : g.Count() >= 2 && NameLike(g.Key))
            .Select(g => g.Key)
            .ToHashSet(StringComparer.Ordinal);

    private static bool NameLike(string name) =>
        SpeakerLabels.LooksLikeName(name) || (name.Any(char.IsLetter) && !name.Any(char.IsLower));

    private static Header? Candidate(string line)
    {
        if (line.Length is 0 or > 120)
        {
            return null;
        }

        foreach (var pattern in (ReadOnlySpan<Regex>)[NameThenTime(), BracketNameThenTime(), TimeThenName()])
        {
            var m = pattern.Match(line);
            if (m.Success)
            {
                var ts = m.Groups["ts"].Value;
                var time = Timestamps.TryParse(ts);
                return new Header(m.Groups["name"].Value.Trim(), time, time is null ? ts : null, true);
            }
        }

        var bare = BareName().Match(line);
        return bare.Success ? new Header(bare.Groups["name"].Value, null, null, false) : null;
    }

    [GeneratedRegex(@"^(?<name>" + LinePatterns.Name + @")[ \t]+(?<ts>" + LinePatterns.Time + @")$")]
    private static partial Regex NameThenTime();

    [GeneratedRegex(@"^\[(?<name>" + LinePatterns.Name + @")\][ \t]*(?<ts>" + LinePatterns.Time + @")$")]
    private static partial Regex BracketNameThenTime();

    [GeneratedRegex(@"^\[?(?<ts>" + LinePatterns.Time + @")\]?[ \t]+(?<name>" + LinePatterns.Name + @")$")]
    private static partial Regex TimeThenName();

    // Otter's free plan appends this line; it is not part of the last speaker's turn.
    [GeneratedRegex(@"^Transcribed by https?://otter\.ai\S*$", RegexOptions.IgnoreCase)]
    private static partial Regex OtterFooter();

    [GeneratedRegex(@"^(?<name>" + LinePatterns.Name + @"):?$")]
    private static partial Regex BareName();

    private sealed record Header(string Name, double? Time, string? BadTime, bool Timed);
}
