namespace CoachLens.Cli.Tests;

/// <summary>The transcript fixtures of the core tests (tests/CoachLens.Tests/Fixtures), used here end to end.</summary>
public static class Fixtures
{
    public static string Of(string folder, string name) => Path.Combine(Paths.Root, "tests", "CoachLens.Tests", "Fixtures", folder, name);

    public static IEnumerable<string> All(string folder) => Directory.EnumerateFiles(Of(folder, string.Empty)).Order(StringComparer.Ordinal);
}
