namespace CoachLens.E2E.Tests;

/// <summary>Where samples are read from and screenshots go.</summary>
public static class Paths
{
    public static string Root { get; } = FindRoot();

    public static string Sample(string name) => Path.Combine(Root, "samples", "sessions", name);

    /// <summary>Every run's screenshots, per database: .build/e2e-screenshots/DB/NAME.png.</summary>
    public static string Screenshot(string database, string name)
    {
        var dir = Path.Combine(Root, ".build", "e2e-screenshots", database);
        Directory.CreateDirectory(dir);
        return Path.Combine(dir, name + ".png");
    }

    /// <summary>The screenshots of the main pages kept in docs/ (from the SQLite run).</summary>
    public static string Docs(string name)
    {
        var dir = Path.Combine(Root, "docs", "screenshots");
        Directory.CreateDirectory(dir);
        return Path.Combine(dir, name + ".png");
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "CoachLens.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("cannot find the repository root");
    }
}
