using System.Globalization;
using CoachLens.Evaluation;
using CoachLens.Transcripts;

namespace CoachLens.Cli.Commands;

/// <summary>
/// `coachlens eval-markers DIR`: analyzes every session that has a gold file in DIR and prints agreement
/// with the expert's marker statuses (per marker, overall, Cohen's kappa) and level-lens hits.
/// </summary>
public static class EvalMarkersCommand
{
    public static int Run(string[] args, TextWriter stdout)
    {
        var parsed = Arguments.Parse(args, new HashSet<string>(), new HashSet<string> { "--verbose" });
        if (parsed.Positionals.Count != 1 || !Directory.Exists(parsed.Positionals[0]))
        {
            throw new UsageException("eval-markers needs one directory of sessions with .gold.json files");
        }

        var dir = parsed.Positionals[0];
        var comparisons = Directory.EnumerateFiles(dir, "*.gold.json").Order(StringComparer.Ordinal)
            .Select(path => Compare(dir, path))
            .ToList();
        if (comparisons.Count == 0)
        {
            throw new UsageException($"no .gold.json files in {dir}");
        }

        var result = MarkerAgreement.Compare(comparisons);
        Print(result, parsed.Flag("--verbose"), stdout);
        return ExitCodes.Ok;
    }

    private static SessionComparison Compare(string dir, string goldPath)
    {
        var gold = SessionGold.Parse(File.ReadAllText(goldPath), goldPath);
        var sessionPath = Path.Combine(dir, gold.Session);
        var report = Analysis.Default.Analyze(TranscriptLoader.Load(File.ReadAllBytes(sessionPath), sessionPath));
        return new SessionComparison(
            gold.Session,
            gold.Markers.ToDictionary(m => m.Key, m => m.Value.Status, StringComparer.Ordinal),
            report.Markers.ToDictionary(m => m.Id, m => m.Status, StringComparer.Ordinal),
            gold.Level,
            report.LevelLens.ClosestLevel);
    }

    private static void Print(MarkerAgreementResult r, bool verbose, TextWriter o)
    {
        string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
        o.WriteLine(F($"{"marker",-8} {"agree",7} {"of",4} {"acc",6}"));
        foreach (var m in r.Markers)
        {
            o.WriteLine(F($"{m.Marker,-8} {m.Agree,7} {m.Sessions,4} {m.Accuracy,6:0.00}{(m.Wrong.Count * 3 > m.Sessions ? "  <- wrong in more than a third" : string.Empty)}"));
            if (verbose)
            {
                foreach (var w in m.Wrong)
                {
                    o.WriteLine($"           {w}");
                }
            }
        }

        o.WriteLine(F($"overall agreement {r.Accuracy:0.000} ({r.Agree}/{r.Pairs}), Cohen's kappa {r.Kappa:0.000}"));
        o.WriteLine(F($"level lens right on {r.LevelHits} of {r.Sessions} sessions"));
        foreach (var miss in r.LevelMisses)
        {
            o.WriteLine($"  level miss: {miss}");
        }
    }
}
