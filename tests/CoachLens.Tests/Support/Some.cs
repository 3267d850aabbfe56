using CoachLens.Transcripts;

namespace CoachLens.Tests.Support;

/// <summary>Test data builders, and the fixture files of tests/CoachLens.Tests/Fixtures and tests/data.</summary>
public static class Some
{
    /// <summary>A transcript from speaker-labelled lines.</summary>
    public static Transcript Transcript(params string[] lines) =>
        TranscriptLoader.Parse(string.Join("\n", lines), "test.txt");

    public static Transcript Sample(string name) =>
        TranscriptLoader.Load(File.ReadAllBytes(Path.Combine(Repo.Samples, name)), name);

    /// <summary>A file in the repository, from a path relative to its root.</summary>
    public static string InRepo(string relative) => Path.Combine(Repo.Root, relative);

    public static string Format(string name) => Path.Combine(Repo.Root, "tests", "CoachLens.Tests", "Fixtures", "Formats", name);

    public static string Bad(string name) => Path.Combine(Repo.Root, "tests", "CoachLens.Tests", "Fixtures", "Bad", name);

    public static string Role(string name) => Path.Combine(Repo.Root, "tests", "data", "roles", name);

    /// <summary>Every good fixture, for tests that run over all of them.</summary>
    public static IEnumerable<string> FormatFixtures() => Directory.EnumerateFiles(Format(string.Empty)).Order(StringComparer.Ordinal);

    public static IEnumerable<string> BadFixtures() => Directory.EnumerateFiles(Bad(string.Empty)).Order(StringComparer.Ordinal);

    public static IEnumerable<string> RoleFixtures() =>
        Directory.EnumerateFiles(Role(string.Empty)).Where(f => !f.EndsWith(".json", StringComparison.Ordinal)).Order(StringComparer.Ordinal);

    /// <summary>Loads a file as the CLI does, with only its file name as the source.</summary>
    public static Transcript Load(string path, ReadOptions? options = null) =>
        TranscriptLoader.Load(File.ReadAllBytes(path), Path.GetFileName(path), options);

    public static Transcript Text(string content, string source = "session.txt", ReadOptions? options = null) =>
        TranscriptLoader.Parse(content, source, options);

    /// <summary>A two-speaker labelled text session, enough to get past role inference.</summary>
    public static string Session(string coach = "Coach", string client = "Client") => $"""
        {coach}: Welcome. What would you like to focus on today?
        {client}: My new role. I started on Monday and I feel lost.
        {coach}: What would make today useful for you?
        {client}: A plan for my first month.
        """;
}
