using System.Text;

namespace CoachLens.Cli.Tests;

/// <summary>`analyze --format md|html|docx|pdf|json --lang en|tr` on every sample. One class, so the Chromium setting is never changed under a running PDF test.</summary>
public class ReportFormatTests
{
    public static TheoryData<string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var sample in Directory.EnumerateFiles(Path.Combine(Paths.Root, "samples", "sessions")).Where(f => f.EndsWith(".txt", StringComparison.Ordinal) || f.EndsWith(".vtt", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            foreach (var format in new[] { "md", "html", "docx", "pdf", "json" })
            {
                foreach (var lang in new[] { "en", "tr" })
                {
                    data.Add(Path.GetFileName(sample), format, lang);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Analyze_WritesEveryFormatInEveryLanguage(string sample, string format, string lang)
    {
        using var dir = new TempDir();
        var path = Path.Combine(dir.Path, "report." + format);
        var run = CliRun.Of("analyze", Paths.Sample(sample), "--format", format, "--lang", lang, "--out", path);
        Assert.True(run.ExitCode == 0, run.Stderr);
        var bytes = File.ReadAllBytes(path);
        var head = Encoding.UTF8.GetString(bytes, 0, Math.Min(bytes.Length, 4000));
        switch (format)
        {
            case "md":
                Assert.StartsWith(lang == "tr" ? "# CoachLens raporu:" : "# CoachLens report:", head, StringComparison.Ordinal);
                break;
            case "html":
                Assert.Contains($"<html lang=\"{lang}\">", head, StringComparison.Ordinal);
                break;
            case "docx":
                Assert.Equal("PK", head[..2]);
                break;
            case "pdf":
                Assert.StartsWith("%PDF-", head, StringComparison.Ordinal);
                break;
            case "json":
                Assert.Contains($"\"language\": \"{lang}\"", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
                break;
        }

        Assert.DoesNotContain(Directory.EnumerateFiles(dir.Path), f => Path.GetFileName(f).StartsWith('.'));
    }

    [Fact]
    public void OutExtension_ChoosesTheFormat()
    {
        using var dir = new TempDir();
        var path = Path.Combine(dir.Path, "mentor.docx");
        Assert.Equal(0, CliRun.Of("analyze", Paths.Sample("consulting-mode-team-lead.txt"), "--out", path).ExitCode);
        Assert.Equal((byte)'P', File.ReadAllBytes(path)[0]);
    }

    [Fact]
    public void UnknownLanguage_IsAUsageError()
    {
        var run = CliRun.Of("analyze", Paths.Sample("consulting-mode-team-lead.txt"), "--lang", "de");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("unknown --lang 'de' (known: en, tr)", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Pdf_WithoutChromium_Exits4_WithOneLineSayingHowToInstallIt_AndWritesNothing()
    {
        using var dir = new TempDir();
        var before = Environment.GetEnvironmentVariable("COACHLENS_CHROMIUM");
        Environment.SetEnvironmentVariable("COACHLENS_CHROMIUM", Path.Combine(dir.Path, "no-such-chromium"));
        try
        {
            var path = Path.Combine(dir.Path, "report.pdf");
            var run = CliRun.Of("analyze", Paths.Sample("consulting-mode-team-lead.txt"), "--format", "pdf", "--out", path);
            Assert.Equal(4, run.ExitCode);
            Assert.Equal("coachlens: PDF needs Chromium: install it (Debian/Ubuntu: sudo apt-get install chromium) or set COACHLENS_CHROMIUM to a Chromium or Chrome binary\n", run.Stderr.Replace("\r\n", "\n", StringComparison.Ordinal));
            Assert.False(File.Exists(path));
        }
        finally
        {
            Environment.SetEnvironmentVariable("COACHLENS_CHROMIUM", before);
        }
    }
}
