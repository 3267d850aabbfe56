using System.Text.Json;

namespace CoachLens.Cli.Tests.Commands;

public sealed class AnalyzeCommandTests
{
    public static TheoryData<string> GoodFixtures() => [.. Fixtures.All("Formats").Select(f => Path.GetFileName(f))];

    public static TheoryData<string> BadFixtures() => [.. Fixtures.All("Bad").Select(f => Path.GetFileName(f))];

    [Theory]
    [MemberData(nameof(GoodFixtures))]
    public void Analyze_AcceptsEveryFormatFixture(string file)
    {
        var (exit, stdout, stderr) = CliRun.Of("analyze", Fixtures.Of("Formats", file), "--format", "json");

        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, stderr);
        using var report = JsonDocument.Parse(stdout);
        Assert.True(report.RootElement.GetProperty("transcript").GetProperty("turnCount").GetInt32() >= 4);
    }

    [Theory]
    [MemberData(nameof(BadFixtures))]
    public void Analyze_BadInput_IsExit3_OneLineNamingTheFile_AndNoOutputFile(string file)
    {
        using var dir = new TempDir();
        var input = Fixtures.Of("Bad", file);
        var output = Path.Combine(dir.Path, "report.md");

        var (exit, stdout, stderr) = CliRun.Of("analyze", input, "--out", output);

        Assert.Equal(3, exit);
        Assert.Equal(string.Empty, stdout);
        Assert.StartsWith($"coachlens: {input}: ", stderr, StringComparison.Ordinal);
        Assert.Single(stderr.TrimEnd('\n').Split('\n'));
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(dir.Path));
    }

    [Fact]
    public void Analyze_FileOverTheSizeLimit_IsExit3()
    {
        using var dir = new TempDir();
        var big = Path.Combine(dir.Path, "big.txt");
        using (var f = File.Create(big))
        {
            f.SetLength(Transcripts.TranscriptLoader.MaxBytes + 1);
        }

        var (exit, _, stderr) = CliRun.Of("analyze", big);

        Assert.Equal(3, exit);
        Assert.Equal($"coachlens: {big}: the file is larger than the 10 MB limit\n", stderr);
    }

    [Fact]
    public void Analyze_InputFormatOverride_IsUsed_AndAWrongOneFailsCleanly()
    {
        var input = Fixtures.Of("Formats", "labelled.txt");

        var (exit, _, stderr) = CliRun.Of("analyze", input, "--input-format", "webvtt");

        Assert.Equal(3, exit);
        Assert.Contains("not a WebVTT file", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_UnknownInputFormat_IsAUsageError()
    {
        var (exit, _, stderr) = CliRun.Of("analyze", Fixtures.Of("Formats", "labelled.txt"), "--input-format", "pdf");

        Assert.Equal(2, exit);
        Assert.Contains("unknown --input-format 'pdf'", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_ClientOption_DecidesTheClient()
    {
        var (exit, stdout, _) = CliRun.Of("analyze", Fixtures.Of("Formats", "zoom.vtt"), "--format", "json", "--client", "nadia farouk");

        Assert.Equal(0, exit);
        using var report = JsonDocument.Parse(stdout);
        Assert.Equal("Ben Okoro", report.RootElement.GetProperty("transcript").GetProperty("coachSpeaker").GetString());
    }

    [Fact]
    public void Analyze_Redact_LeavesNoClientNameOrEmailInTheReport_AndSaysItRedacted()
    {
        using var dir = new TempDir();
        var terms = Path.Combine(dir.Path, "terms.txt");
        File.WriteAllText(terms, "# project names\nfriday review\n");

        var (exit, stdout, _) = CliRun.Of("analyze", Fixtures.Of("Formats", "descript.srt"), "--format", "json", "--redact", "--redact-terms", terms);

        Assert.Equal(0, exit);
        Assert.DoesNotContain("Sam", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("Carter", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("Friday review", stdout, StringComparison.OrdinalIgnoreCase);
        using var report = JsonDocument.Parse(stdout);
        Assert.True(report.RootElement.GetProperty("privacy").GetProperty("redacted").GetBoolean());
    }

    [Fact]
    public void Analyze_RedactTermsWithoutRedact_IsAUsageError()
    {
        var (exit, _, stderr) = CliRun.Of("analyze", Fixtures.Of("Formats", "zoom.vtt"), "--redact-terms", "x.txt");

        Assert.Equal(2, exit);
        Assert.Contains("--redact-terms needs --redact", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_ThreeSpeakers_TheReportNamesTheOtherSpeaker()
    {
        var (_, stdout, _) = CliRun.Of("analyze", Fixtures.Of("Formats", "sponsor.txt"), "--format", "json");

        using var report = JsonDocument.Parse(stdout);
        var roles = report.RootElement.GetProperty("transcript").GetProperty("roles");
        Assert.Equal("Raj", roles.GetProperty("otherSpeakers")[0].GetString());
        Assert.StartsWith("3 speakers: Raj is neither coach nor client", roles.GetProperty("note").GetString(), StringComparison.Ordinal);
    }
}
