namespace CoachLens.Training;

/// <summary>Where the repository and the shared data are: COACHLENS_SHARED_DATA, else shared/data beside the repository (or beside a parent of it).</summary>
public static class DataPaths
{
    /// <summary>The repository root: the nearest directory upwards holding CoachLens.slnx.</summary>
    public static string? RepositoryRoot(string? from = null)
    {
        for (var dir = new DirectoryInfo(from ?? Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CoachLens.slnx")))
            {
                return dir.FullName;
            }
        }

        return null;
    }

    public static string? SharedData(string? from = null)
    {
        var env = Environment.GetEnvironmentVariable("COACHLENS_SHARED_DATA");
        if (!string.IsNullOrWhiteSpace(env))
        {
            return env;
        }

        // ../shared/data beside the repository; a git worktree one level deeper finds it further up.
        var root = RepositoryRoot(from) ?? RepositoryRoot(AppContext.BaseDirectory);
        for (var dir = root is null ? null : Directory.GetParent(root); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "data");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>The AnnoMI development gold file, when present.</summary>
    public static string? AnnomiGold(string? from = null)
    {
        var data = SharedData(from);
        var path = data is null ? null : Path.Combine(data, "annomi-dev", "gold.jsonl");
        return path is not null && File.Exists(path) ? path : null;
    }

    /// <summary>Where the shipped model lives in the source tree.</summary>
    public static string ModelFile(string root) =>
        Path.Combine(root, "src", "CoachLens", "Detectors", "CoachTalk", "Data", "talk-model.data.json");
}
