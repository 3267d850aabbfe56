namespace CoachLens.Cli.Tests;

/// <summary>Runs the CLI in-process and captures what it prints; each instance has its own temporary folder.</summary>
public sealed class Cli : IDisposable
{
    public Cli()
    {
        Dir = Directory.CreateTempSubdirectory("coachlens-cli-").FullName;
    }

    public string Dir { get; }

    public static string Fixture(string folder, string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", folder, name);

    public static IEnumerable<string> Fixtures(string folder) =>
        Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures", folder)).Order(StringComparer.Ordinal);

    public static (int Exit, string Out, string Err) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = CliApp.Run(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    public string PathOf(string name) => Path.Combine(Dir, name);

    public void Dispose() => Directory.Delete(Dir, recursive: true);
}
