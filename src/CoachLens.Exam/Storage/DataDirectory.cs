namespace CoachLens.Exam.Storage;

/// <summary>
/// Where the exam keeps its local state (docs/exam.md). First match wins: the --data-dir option,
/// $COACHLENS_EXAM_DIR, $COACHLENS_HOME/exam, then the user's local data folder
/// ($XDG_DATA_HOME or ~/.local/share on Linux)/coachlens/exam.
/// </summary>
public static class DataDirectory
{
    public static string Resolve(string? option, Func<string, string?> environment)
    {
        if (!string.IsNullOrWhiteSpace(option))
        {
            return Path.GetFullPath(option);
        }

        if (environment("COACHLENS_EXAM_DIR") is { Length: > 0 } examDir)
        {
            return Path.GetFullPath(examDir);
        }

        if (environment("COACHLENS_HOME") is { Length: > 0 } home)
        {
            return Path.GetFullPath(Path.Combine(home, "exam"));
        }

        var local = environment("XDG_DATA_HOME") is { Length: > 0 } xdg
            ? xdg
            : Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify);
        if (string.IsNullOrEmpty(local))
        {
            local = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share");
        }

        return Path.Combine(local, "coachlens", "exam");
    }
}
