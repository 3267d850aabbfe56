using CoachLens.Localization;
using CoachLens.Reports;
using CoachLens.Transcripts;

namespace CoachLens.Export.Tests;

/// <summary>The repository's sample sessions and their reports, for the export tests.</summary>
public static class Samples
{
    public static string Root { get; } = FindRoot();

    public static IEnumerable<string> Files =>
        Directory.EnumerateFiles(Path.Combine(Root, "samples", "sessions")).Where(f => f.EndsWith(".txt", StringComparison.Ordinal) || f.EndsWith(".vtt", StringComparison.Ordinal)).Order(StringComparer.Ordinal);

    public static TheoryData<string, string> EveryLanguage()
    {
        var data = new TheoryData<string, string>();
        foreach (var f in Files)
        {
            foreach (var language in Languages.All)
            {
                data.Add(Path.GetFileName(f), language);
            }
        }

        return data;
    }

    public static Transcript Transcript(string name) =>
        TranscriptLoader.Load(File.ReadAllBytes(Path.Combine(Root, "samples", "sessions", name)), name);

    public static (AnalysisReport Report, Rubrics.Rubric Rubric) Report(string name, string language)
    {
        var analysis = Analysis.For(language);
        return (analysis.Analyze(Transcript(name)), analysis.Rubric);
    }

    /// <summary>A reviewed snapshot: rewritten with UPDATE_SNAPSHOTS=1, otherwise compared.</summary>
    public static void MatchSnapshot(string fileName, string actual)
    {
        var path = Path.Combine(Root, "tests", "CoachLens.Export.Tests", "Snapshots", fileName);
        if (Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1")
        {
            File.WriteAllText(path, actual);
        }

        Assert.True(File.Exists(path), $"no snapshot at {path}; run with UPDATE_SNAPSHOTS=1 and review it");
        Assert.Equal(File.ReadAllText(path), actual);
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "CoachLens.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("cannot find the repository root (CoachLens.slnx)");
    }
}
