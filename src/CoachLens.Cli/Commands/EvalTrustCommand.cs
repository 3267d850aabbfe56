using System.Globalization;
using CoachLens.Evaluation;
using CoachLens.Transcripts;

namespace CoachLens.Cli.Commands;

/// <summary>
/// `coachlens eval-trust DIR [--holdout A.txt,B.txt] [--verbose]`: analyzes every session with a gold file that
/// has trust annotations and prints the recall and precision of trust moments (same kind, within 2 turns) and of
/// risk cues, the false risk alarms, and trust-breaker and contracting agreement. With --holdout the sessions
/// named are also reported on their own, apart from the rest (the ones the rules were tuned on).
/// </summary>
public static class EvalTrustCommand
{
    public static int Run(string[] args, TextWriter stdout)
    {
        var parsed = Arguments.Parse(args, new HashSet<string> { "--holdout" }, new HashSet<string> { "--verbose" });
        if (parsed.Positionals.Count != 1 || !Directory.Exists(parsed.Positionals[0]))
        {
            throw new UsageException("eval-trust needs one directory of sessions with .gold.json files");
        }

        var dir = parsed.Positionals[0];
        var holdout = (parsed.Option("--holdout") ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
        var sessions = Directory.EnumerateFiles(dir, "*.gold.json").Order(StringComparer.Ordinal)
            .Select(path => SessionGold.Parse(File.ReadAllText(path), path))
            .Where(g => g.Trust is not null)
            .Select(g => TrustAgreement.CompareSession(g.Session, g.Trust!, Analyze(dir, g.Session)))
            .ToList();
        if (sessions.Count == 0)
        {
            throw new UsageException($"no .gold.json files with trust annotations in {dir}");
        }

        var unknown = holdout.Where(h => sessions.All(s => s.Session != h)).ToList();
        if (unknown.Count > 0)
        {
            throw new UsageException($"--holdout names sessions without gold: {string.Join(", ", unknown)}");
        }

        if (parsed.Flag("--verbose"))
        {
            sessions.ForEach(s => PrintSession(s, stdout));
        }

        Print("all sessions", TrustAgreement.Summarize(sessions), stdout);
        if (holdout.Count > 0)
        {
            Print("tuned on", TrustAgreement.Summarize(sessions.Where(s => !holdout.Contains(s.Session)).ToList()), stdout);
            Print("held out", TrustAgreement.Summarize(sessions.Where(s => holdout.Contains(s.Session)).ToList()), stdout);
        }

        return ExitCodes.Ok;
    }

    private static Reports.AnalysisReport Analyze(string dir, string session)
    {
        var path = Path.Combine(dir, session);
        return Analysis.Default.Analyze(TranscriptLoader.Load(File.ReadAllBytes(path), path));
    }

    private static void Print(string title, TrustAgreementResult r, TextWriter o)
    {
        o.WriteLine($"== {title}: {r.Sessions.Count} sessions ({string.Join(", ", r.Sessions.Select(s => Path.GetFileNameWithoutExtension(s.Session)))})");
        o.WriteLine(Line("moments (same kind, ±2 turns)", r.Moments));
        foreach (var (kind, rate) in r.MomentsByKind)
        {
            o.WriteLine(Line($"  {kind}", rate));
        }

        o.WriteLine(Line("risk cues (same turn)", r.RiskCues));
        o.WriteLine($"false risk alarms                 {r.FalseRiskAlarms}");
        o.WriteLine(Line("trust-breakers (turn and kind)", r.Breakers));
        o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"contracting topics agree          {r.ContractingAgree}/{r.ContractingPairs}"));
    }

    private static string Line(string label, Rate r) => string.Create(
        CultureInfo.InvariantCulture,
        $"{label,-33} recall {r.Recall:0.00} ({r.Matched}/{r.Gold})  precision {r.Precision:0.00} ({r.Matched}/{r.Found})");

    private static void PrintSession(TrustSessionResult s, TextWriter o)
    {
        o.WriteLine($"-- {s.Session}");
        foreach (var (gold, found) in s.GoldMoments)
        {
            o.WriteLine(found is null ? $"   MISSED {gold.Kind} {gold.Turn} (cause {gold.CauseTurn})" : $"   ok     {gold.Kind} {gold.Turn} (found {found.Turn})");
        }

        foreach (var extra in s.ExtraMoments)
        {
            o.WriteLine($"   EXTRA  {extra.Kind} {extra.Turn}: {extra.Note}");
        }

        var missedRisk = s.GoldRiskCues.Except(s.FoundRiskCues).ToList();
        var falseRisk = s.FoundRiskCues.Except(s.GoldRiskCues).ToList();
        if (missedRisk.Count + falseRisk.Count > 0)
        {
            o.WriteLine($"   risk cues missed [{string.Join(", ", missedRisk)}], false alarms [{string.Join(", ", falseRisk)}]");
        }

        var missedB = s.GoldBreakers.Except(s.FoundBreakers).Select(b => $"{b.Turn}:{b.Kind}");
        var extraB = s.FoundBreakers.Except(s.GoldBreakers).Select(b => $"{b.Turn}:{b.Kind}");
        o.WriteLine($"   breakers missed [{string.Join(", ", missedB)}] extra [{string.Join(", ", extraB)}]");
        foreach (var (topic, (gold, found)) in s.Contracting.Where(c => c.Value.Gold != c.Value.Found))
        {
            o.WriteLine($"   contracting {topic}: gold {gold}, found {found}");
        }
    }
}
