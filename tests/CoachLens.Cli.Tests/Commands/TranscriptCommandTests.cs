using System.Text.Json;

namespace CoachLens.Cli.Tests.Commands;

public sealed class TranscriptCommandTests
{
    [Fact]
    public void ToIcfDocx_WritesTheDocument_ThatAnalyzeReadsBack()
    {
        using var dir = new TempDir();
        var output = Path.Combine(dir.Path, "out/session.docx");

        var (exit, _, stderr) = CliRun.Of("transcript", Fixtures.Of("Formats", "otter.txt"), "--to", "icf-docx", "--out", output);

        Assert.Equal(0, exit);
        Assert.Equal($"coachlens: wrote {output}\n", stderr);
        var (again, stdout, _) = CliRun.Of("analyze", output, "--format", "json");
        Assert.Equal(0, again);
        using var report = JsonDocument.Parse(stdout);
        Assert.Equal("docx", report.RootElement.GetProperty("transcript").GetProperty("format").GetString());
        Assert.Equal("Coach", report.RootElement.GetProperty("transcript").GetProperty("coachSpeaker").GetString());
    }

    [Fact]
    public void ToTxt_PrintsTheIcfLayout()
    {
        var (exit, stdout, _) = CliRun.Of("transcript", Fixtures.Of("Formats", "rev.srt"), "--to", "txt");

        Assert.Equal(0, exit);
        Assert.StartsWith("Coach [00:00:01]: Welcome, Omar. What would you like to work on today?\nClient [00:00:06]: ", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void ToJson_Redacted_HasPlaceholdersAndThePrivacyBlock()
    {
        var (exit, stdout, _) = CliRun.Of("transcript", Fixtures.Of("Formats", "rev.srt"), "--to", "json", "--redact");

        Assert.Equal(0, exit);
        using var doc = JsonDocument.Parse(stdout);
        Assert.Equal("coachlens-transcript", doc.RootElement.GetProperty("format").GetString());
        Assert.Equal("[CLIENT]", doc.RootElement.GetProperty("turns")[1].GetProperty("speaker").GetString());
        Assert.DoesNotContain("Omar", stdout, StringComparison.Ordinal);
        Assert.True(doc.RootElement.GetProperty("privacy").GetProperty("redacted").GetBoolean());
    }

    [Fact]
    public void BadInput_IsExit3_AndWritesNothing()
    {
        using var dir = new TempDir();
        var output = Path.Combine(dir.Path, "out.docx");

        var (exit, _, stderr) = CliRun.Of("transcript", Fixtures.Of("Bad", "corrupt.docx"), "--to", "icf-docx", "--out", output);

        Assert.Equal(3, exit);
        Assert.Contains("damaged", stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [Theory]
    [InlineData("--to", "pdf")]
    [InlineData("--out", "x.txt")]
    public void MissingOrUnknownTarget_IsAUsageError(string option, string value)
    {
        var (exit, _, stderr) = CliRun.Of("transcript", Fixtures.Of("Formats", "rev.srt"), option, value);

        Assert.Equal(2, exit);
        Assert.Contains("--to", stderr, StringComparison.Ordinal);
    }
}
