using System.Globalization;
using CoachLens.Web.Setup;

namespace CoachLens.Cli.Commands;

/// <summary>`coachlens serve`: the web app on this machine, SQLite in the data directory unless PostgreSQL is named.</summary>
public static class ServeCommand
{
    private static readonly HashSet<string> ValueOptions = ["--port", "--data", "--postgres"];

    public static int Run(string[] args, TextWriter stdout)
    {
        var parsed = Arguments.Parse(args, ValueOptions, new HashSet<string>());
        if (parsed.Positionals.Count > 0)
        {
            throw new UsageException("serve takes no file arguments");
        }

        var portText = parsed.Option("--port") ?? "5080";
        if (!int.TryParse(portText, NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port is < 1 or > 65535)
        {
            throw new UsageException($"--port must be a number from 1 to 65535, not '{portText}'");
        }

        var data = Path.GetFullPath(parsed.Option("--data") ?? CoachLensOptions.DefaultDataDir());
        var postgres = parsed.Option("--postgres") ?? Environment.GetEnvironmentVariable("COACHLENS_POSTGRES");
        stdout.WriteLine($"CoachLens is running at http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}/");
        stdout.WriteLine($"Data: {data} ({(string.IsNullOrEmpty(postgres) ? "SQLite database, encrypted transcripts, keys" : "PostgreSQL database; encrypted transcripts and keys here")})");
        stdout.WriteLine("Press Ctrl+C to stop.");
        stdout.Flush();
        WebServer.Run(port, data, string.IsNullOrEmpty(postgres) ? null : postgres);
        return ExitCodes.Ok;
    }
}
