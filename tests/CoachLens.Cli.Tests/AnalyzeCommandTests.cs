using System.Text.Json;

namespace CoachLens.Cli.Tests;

public class AnalyzeCommandTests
{
    private const string Good = "Coach: What would you like to focus on today?\nClient: My new role.\nCoach: What matters most about it?\nClient: Doing it well.";

    [Fact]
    public void Analyze_PrintsAMarkdownReportByDefault()
    {
        var run = CliRun.Of("analyze", Paths.Sample("strong-pcc-career-change.txt"));
        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("# CoachLens report: strong-pcc-career-change.txt", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("**8.9**", run.Stdout, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Stderr);
    }

    [Fact]
    public void FormatJson_PrintsTheJsonReport()
    {
        var run = CliRun.Of("analyze", Paths.Sample("first-session-contracting.vtt"), "--format", "json");
        using var doc = JsonDocument.Parse(run.Stdout);
        Assert.Equal("1", doc.RootElement.GetProperty("schemaVersion").GetString());
        Assert.Equal("webvtt", doc.RootElement.GetProperty("transcript").GetProperty("format").GetString());
    }

    [Fact]
    public void OutFile_WritesTheReportAndPrintsNothing()
    {
        using var dir = new TempDir();
        var out_ = Path.Combine(dir.Path, "report.md");
        var run = CliRun.Of("analyze", Paths.Sample("consulting-mode-team-lead.txt"), "--out", out_);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Stdout);
        Assert.Contains("CoachLens report", File.ReadAllText(out_), StringComparison.Ordinal);
    }

    [Fact]
    public void SeveralInputs_WriteOneReportEachIntoTheOutDirectory()
    {
        using var dir = new TempDir();
        var a = dir.File("a.txt", Good);
        var b = dir.File("b.txt", Good);
        var outDir = Path.Combine(dir.Path, "reports");
        var run = CliRun.Of("analyze", a, b, "--format", "json", "--out", outDir);
        Assert.Equal(0, run.ExitCode);
        Assert.True(File.Exists(Path.Combine(outDir, "a.json")));
        Assert.True(File.Exists(Path.Combine(outDir, "b.json")));
    }

    [Fact]
    public void Directory_IsExpandedToItsTranscripts()
    {
        using var dir = new TempDir();
        var outDir = Path.Combine(dir.Path, "out");
        var run = CliRun.Of("analyze", Path.Combine(Paths.Root, "samples", "sessions"), "--out", outDir);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(4, Directory.GetFiles(outDir, "*.md").Length);
    }

    [Fact]
    public void OneFailingInput_DoesNotStopTheOthersAndLeavesNoFile()
    {
        using var dir = new TempDir();
        var good = dir.File("good.txt", Good);
        var bad = dir.File("bad.txt", string.Empty);
        var outDir = Path.Combine(dir.Path, "out");
        var run = CliRun.Of("analyze", good, bad, "--out", outDir);
        Assert.Equal(1, run.ExitCode);
        Assert.True(File.Exists(Path.Combine(outDir, "good.md")));
        Assert.False(File.Exists(Path.Combine(outDir, "bad.md")));
        Assert.Equal($"coachlens: {bad}: the file is empty\n", run.Stderr.Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    [Fact]
    public void SingleBadInput_ExitsWith3AndOneLineNamingTheFile()
    {
        using var dir = new TempDir();
        var bad = dir.File("prose.txt", "this is not a transcript at all");
        var out_ = Path.Combine(dir.Path, "r.md");
        var run = CliRun.Of("analyze", bad, "--out", out_);
        Assert.Equal(3, run.ExitCode);
        Assert.Single(run.Stderr.Trim().Split('\n'));
        Assert.Contains("prose.txt", run.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(out_));
    }

    [Fact]
    public void MissingFile_ExitsWith3()
    {
        var run = CliRun.Of("analyze", "/nonexistent/session.txt");
        Assert.Equal(3, run.ExitCode);
        Assert.Contains("/nonexistent/session.txt: no such file", run.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("analyze")]
    [InlineData("analyze", "x.txt", "--format", "pptx")]
    [InlineData("analyze", "x.txt", "--bogus")]
    [InlineData("analyze", "x.txt", "--format")]
    [InlineData("frobnicate")]
    public void UsageErrors_ExitWith2AndOneLine(params string[] args)
    {
        var run = CliRun.Of(args);
        Assert.Equal(2, run.ExitCode);
        Assert.Single(run.Stderr.Trim().Split('\n'));
        Assert.StartsWith("coachlens: ", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void CoachOption_ChoosesTheCoach()
    {
        using var dir = new TempDir();
        var file = dir.File("s.txt", "Ana: What do you want?\nBen: I want clarity?\nAna: Say more?");
        var run = CliRun.Of("analyze", file, "--format", "json", "--coach", "Ben");
        using var doc = JsonDocument.Parse(run.Stdout);
        Assert.Equal("Ben", doc.RootElement.GetProperty("transcript").GetProperty("coachSpeaker").GetString());
    }
}
