using System.Diagnostics;

namespace CoachLens.Cli.Tests;

/// <summary>The ./coachlens script a user runs: stdout must carry only the report, even when it builds first.</summary>
public class ScriptTests
{
    [Fact]
    public async Task CoachlensScript_PrintsOnlyTheReportOnStdout()
    {
        var psi = new ProcessStartInfo(Path.Combine(Paths.Root, "coachlens"))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Paths.Root,
        };
        psi.ArgumentList.Add("analyze");
        psi.ArgumentList.Add("samples/sessions/strong-pcc-career-change.txt");
        psi.ArgumentList.Add("--format");
        psi.ArgumentList.Add("json");
        using var process = Process.Start(psi)!;
        var stderrTask = process.StandardError.ReadToEndAsync();
        var stdout = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, await stderrTask);
        Assert.StartsWith("{", stdout, StringComparison.Ordinal);
        using var _ = System.Text.Json.JsonDocument.Parse(stdout);
    }
}
