namespace CoachLens.Tests.Support;

/// <summary>Paths in the repository and the shared data folder, found from the test's output directory.</summary>
public static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string Samples => Path.Combine(Root, "samples", "sessions");

    public static string Docs => Path.Combine(Root, "docs");

    public static IEnumerable<string> SampleFiles =>
        Directory.EnumerateFiles(Samples).Where(f => f.EndsWith(".txt", StringComparison.Ordinal) || f.EndsWith(".vtt", StringComparison.Ordinal)).Order(StringComparer.Ordinal);

    /// <summary>
    /// The shared data folder: COACHLENS_SHARED_DATA, else shared/data next to the repository (or next to a
    /// parent of it, for a git worktree kept one level deeper).
    /// </summary>
    public static string SharedData =>
        Environment.GetEnvironmentVariable("COACHLENS_SHARED_DATA") is { Length: > 0 } env
            ? env
            : NearestShared() ?? Path.GetFullPath(Path.Combine(Root, "..", "shared", "data"));

    /// <summary>The sample file names, as theory data for tests that run over every sample.</summary>
    public static TheoryData<string> SampleNames()
    {
        var data = new TheoryData<string>();
        foreach (var f in SampleFiles)
        {
            data.Add(Path.GetFileName(f));
        }

        return data;
    }

    /// <summary>The AnnoMI development gold file, or null when the shared data is not on this machine.</summary>
    public static string? AnnomiGold =>
        File.Exists(Path.Combine(SharedData, "annomi-dev", "gold.jsonl")) ? Path.Combine(SharedData, "annomi-dev", "gold.jsonl") : null;

    private static string? NearestShared()
    {
        for (var dir = Directory.GetParent(Root); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "data");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
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
