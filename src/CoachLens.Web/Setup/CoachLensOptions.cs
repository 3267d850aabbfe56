namespace CoachLens.Web.Setup;

/// <summary>The "CoachLens" configuration section; also set by `coachlens serve` options and COACHLENS_* variables.</summary>
public sealed class CoachLensOptions
{
    public const string Section = "CoachLens";

    /// <summary>Where the SQLite database, the encrypted transcripts and the Data Protection keys live.</summary>
    public string DataDir { get; set; } = DefaultDataDir();

    /// <summary>A PostgreSQL connection string; when set, PostgreSQL replaces SQLite.</summary>
    public string? Postgres { get; set; }

    /// <summary>Sign-in and registration attempts allowed per client address per minute.</summary>
    public int SignInPerMinute { get; set; } = 10;

    /// <summary>"always" marks cookies Secure even on plain HTTP (behind a TLS proxy); otherwise they follow the request.</summary>
    public string SecureCookies { get; set; } = "same-as-request";

    /// <summary>How often the retention sweep runs.</summary>
    public TimeSpan RetentionSweep { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Where the menu's practice-exam link goes; by default the app's /exam page, which explains the terminal exam.</summary>
    public string? ExamUrl { get; set; }

    public bool UsesPostgres => !string.IsNullOrWhiteSpace(Postgres);

    /// <summary>$XDG_DATA_HOME/coachlens, usually ~/.local/share/coachlens.</summary>
    public static string DefaultDataDir()
    {
        var xdg = Environment.GetEnvironmentVariable("XDG_DATA_HOME");
        var root = !string.IsNullOrEmpty(xdg)
            ? xdg
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share");
        return Path.Combine(root, "coachlens");
    }
}
