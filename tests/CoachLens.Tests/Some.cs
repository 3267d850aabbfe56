using CoachLens.Transcripts;

namespace CoachLens.Tests;

/// <summary>Test data: the fixture files copied beside the tests, and small transcripts built in code.</summary>
public static class Some
{
    public static string Path(string relative) => System.IO.Path.Combine(AppContext.BaseDirectory, relative);

    public static string Format(string name) => Path(System.IO.Path.Combine("Fixtures", "Formats", name));

    public static string Bad(string name) => Path(System.IO.Path.Combine("Fixtures", "Bad", name));

    /// <summary>Every good fixture, for tests that run over all of them.</summary>
    public static IEnumerable<string> FormatFixtures() =>
        Directory.EnumerateFiles(Path(System.IO.Path.Combine("Fixtures", "Formats"))).Order(StringComparer.Ordinal);

    public static IEnumerable<string> BadFixtures() =>
        Directory.EnumerateFiles(Path(System.IO.Path.Combine("Fixtures", "Bad"))).Order(StringComparer.Ordinal);

    public static IEnumerable<string> Samples() =>
        Directory.EnumerateFiles(Path("samples")).Order(StringComparer.Ordinal);

    public static Transcript Load(string path, ReadOptions? options = null) =>
        TranscriptLoader.Load(File.ReadAllBytes(path), System.IO.Path.GetFileName(path), options);

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
