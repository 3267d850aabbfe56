using System.Globalization;
using System.Text;
using CoachLens.Transcripts;

namespace CoachLens.Benchmarks;

/// <summary>
/// A 60-minute coaching session of about 9,000 words for analysis benchmarks, made from the turns of the
/// repository's own sessions (samples/sessions and tests/data/sessions, real coaching language with fillers,
/// cut-offs and annotations) laid end to end and re-timed to fill one hour.
/// </summary>
public static class HourSession
{
    public const int Words = 9_000;

    public static Transcript Build()
    {
        var root = FindRoot();
        var turns = new List<(string Speaker, string Text)>();
        var sources = Directory.EnumerateFiles(Path.Combine(root, "samples", "sessions"), "*.txt")
            .Concat(Directory.EnumerateFiles(Path.Combine(root, "tests", "data", "sessions"), "*.txt"))
            .Order(StringComparer.Ordinal)
            .Select(f => TranscriptLoader.Load(File.ReadAllBytes(f), Path.GetFileName(f)))
            .ToList();
        var words = 0;
        while (words < Words)
        {
            foreach (var t in sources.SelectMany(s => s.Turns.Where(x => x.Role != Role.Unknown)))
            {
                turns.Add((t.Role == Role.Coach ? "Coach" : "Client", t.Text));
                words += t.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
                if (words >= Words)
                {
                    break;
                }
            }
        }

        var text = new StringBuilder();
        for (var i = 0; i < turns.Count; i++)
        {
            var ts = TimeSpan.FromSeconds(3600.0 * i / turns.Count);
            text.Append(CultureInfo.InvariantCulture, $"[{(int)ts.TotalHours:00}:{ts.Minutes:00}:{ts.Seconds:00}] {turns[i].Speaker}: {turns[i].Text}\n");
        }

        return TranscriptLoader.Parse(text.ToString(), "hour-session.txt");
    }

    private static string FindRoot()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "CoachLens.slnx")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException("run the benchmarks from inside the repository");
    }
}
