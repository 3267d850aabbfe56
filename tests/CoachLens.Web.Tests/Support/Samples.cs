namespace CoachLens.Web.Tests.Support;

/// <summary>The repository's sample transcripts, and small made-up ones.</summary>
public static class Samples
{
    public static string Root { get; } = FindRoot();

    public static string Read(string name) => File.ReadAllText(Path.Combine(Root, "samples", "sessions", name));

    public const string Strong = "strong-pcc-career-change.txt";

    public const string Vtt = "first-session-contracting.vtt";

    /// <summary>A short session with a phrase no other text contains, to look for in logs and files.</summary>
    public static string Secret(string phrase) => $"""
        [00:00:01] Coach: Hello Ana. What would you like to focus on today?
        [00:00:09] Client: I want to talk about {phrase} and how it keeps me awake.
        [00:00:30] Coach: What makes {phrase} important to you right now?
        [00:00:41] Client: It matters because my team depends on me, and I feel stuck.
        [00:01:10] Coach: What would success look like by the end of our session?
        [00:01:20] Client: A first step I can take this week.
        """;

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
