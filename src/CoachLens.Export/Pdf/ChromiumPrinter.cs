using System.Diagnostics;
using System.Text;

namespace CoachLens.Export.Pdf;

/// <summary>
/// Prints HTML to PDF with a locally installed Chromium or Chrome in headless mode, offline (no network,
/// no sync, no updates) and in a throw-away profile. The PDF's creation dates are fixed so output is stable.
/// </summary>
public sealed class ChromiumPrinter(string? executable, TimeSpan timeout)
{
    public const string InstallHint = "PDF needs Chromium: install it (Debian/Ubuntu: sudo apt-get install chromium) or set COACHLENS_CHROMIUM to a Chromium or Chrome binary";

    private static readonly string[] Names = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"];

    /// <summary>The printer using COACHLENS_CHROMIUM when set, otherwise the first Chromium or Chrome on PATH.</summary>
    public static ChromiumPrinter Default => new(Locate(), TimeSpan.FromSeconds(120));

    public string? Executable => executable;

    public static string? Locate()
    {
        var configured = Environment.GetEnvironmentVariable("COACHLENS_CHROMIUM");
        if (!string.IsNullOrEmpty(configured))
        {
            // An explicit choice is honoured or reported missing, never silently replaced.
            return File.Exists(configured) ? configured : null;
        }

        var path = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        return Names.SelectMany(n => path.Select(dir => Path.Combine(dir, n))).FirstOrDefault(File.Exists);
    }

    public byte[] Print(string html)
    {
        var chromium = executable ?? throw new ExportException(InstallHint);
        var dir = Directory.CreateTempSubdirectory("coachlens-pdf-");
        try
        {
            var page = Path.Combine(dir.FullName, "report.html");
            var pdf = Path.Combine(dir.FullName, "report.pdf");
            File.WriteAllText(page, html, new UTF8Encoding(false));
            var start = new ProcessStartInfo(chromium)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var arg in new[]
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-extensions", "--no-default-browser-check",
                "--user-data-dir=" + Path.Combine(dir.FullName, "profile"), "--no-pdf-header-footer", "--print-to-pdf=" + pdf,
                new Uri(page).AbsoluteUri,
            })
            {
                start.ArgumentList.Add(arg);
            }

            using var process = Process.Start(start) ?? throw new ExportException($"could not start {chromium}");
            // Drain both streams so a chatty browser cannot block on a full pipe.
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(timeout))
            {
                process.Kill(entireProcessTree: true);
                throw new ExportException($"Chromium did not print the PDF within {timeout.TotalSeconds:0} s");
            }

            Task.WaitAll(stdout, stderr);
            if (!File.Exists(pdf) || new FileInfo(pdf).Length == 0)
            {
                throw new ExportException($"Chromium exited with code {process.ExitCode} without writing a PDF");
            }

            return PdfDates.Fix(File.ReadAllBytes(pdf));
        }
        finally
        {
            try
            {
                dir.Delete(recursive: true);
            }
            catch (IOException)
            {
                // A browser helper may still hold the profile for a moment; the temp folder is cleaned by the OS.
            }
        }
    }
}
