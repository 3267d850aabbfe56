using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace CoachLens.Cli.Tests;

public class ServeCommandTests
{
    [Theory]
    [InlineData("serve", "--port", "http")]
    [InlineData("serve", "--port", "70000")]
    [InlineData("serve", "extra")]
    [InlineData("serve", "--bogus")]
    public void UsageErrors_ExitWith2(params string[] args) => Assert.Equal(2, CliRun.Of(args).ExitCode);

    [Fact]
    public async Task Serve_StartsTheWebApp_OnLoopback_WithSqliteInTheDataDirectory()
    {
        using var data = new TempDir();
        var port = FreePort();
        // The CLI built beside this test (the ./coachlens script itself is covered by ScriptTests).
        var psi = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Paths.Root,
        };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "CoachLens.Cli.dll"), "serve", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--data", data.Path })
        {
            psi.ArgumentList.Add(arg);
        }

        psi.Environment.Remove("COACHLENS_POSTGRES");
        using var process = Process.Start(psi)!;
        try
        {
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
            string? body = null;
            var deadline = DateTime.UtcNow.AddMinutes(2);
            while (body is null && !process.HasExited && DateTime.UtcNow < deadline)
            {
                try
                {
                    body = await http.GetStringAsync(new Uri($"http://127.0.0.1:{port}/library"));
                }
                catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
                {
                    await Task.Delay(200);
                }
            }

            Assert.True(body is not null, $"the server did not answer: {(process.HasExited ? await process.StandardError.ReadToEndAsync() : "still starting")}");
            Assert.Contains("Demonstrates Ethical Practice", body, StringComparison.Ordinal);
            Assert.True(File.Exists(Path.Combine(data.Path, "coachlens.db")));
            Assert.True(Directory.Exists(Path.Combine(data.Path, "keys")));
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            await process.WaitForExitAsync();
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
