using CoachLens.Localization;
using CoachLens.Reports.Html;
using Microsoft.Playwright;

namespace CoachLens.Export.Tests.Browser;

/// <summary>
/// Looks at the HTML report the way people will: in Chromium on a 375 px phone and a 1280 px screen.
/// Screenshots go to .build/screenshots; UPDATE_SCREENSHOTS=1 also refreshes the ones in docs/screenshots.
/// </summary>
public class HtmlInBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private const string DocsSample = "strong-pcc-career-change.txt";

    public static TheoryData<string, string, int> Cases()
    {
        var data = new TheoryData<string, string, int>();
        foreach (var f in Samples.Files)
        {
            foreach (var width in new[] { 375, 1280 })
            {
                data.Add(Path.GetFileName(f), Languages.English, width);
            }
        }

        data.Add(DocsSample, Languages.Turkish, 375);
        data.Add(DocsSample, Languages.Turkish, 1280);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Report_ReadsWellOnAPhoneAndAScreen(string sample, string language, int width)
    {
        var (report, rubric) = Samples.Report(sample, language);
        var page = await fixture.Browser.NewPageAsync(new() { ViewportSize = new() { Width = width, Height = 900 }, JavaScriptEnabled = true });
        var requests = new List<string>();
        page.Request += (_, r) => requests.Add(r.Url);
        await page.SetContentAsync(HtmlReport.Write(report, rubric));

        var layout = await page.EvaluateAsync<int[]>("""
            () => {
              const w = document.documentElement.clientWidth;
              const wide = [...document.body.querySelectorAll('*')].filter(e => e.getBoundingClientRect().right > w + 1).length;
              const charts = [...document.querySelectorAll('svg.chart')].filter(s => { const r = s.getBoundingClientRect(); return r.width > 100 && r.height > 40; }).length;
              return [document.documentElement.scrollWidth, w, wide, charts, document.body.innerText.length];
            }
            """);
        Assert.True(layout[0] <= layout[1], $"the page scrolls sideways at {width} px ({layout[0]} > {layout[1]})");
        Assert.True(layout[2] == 0, $"{layout[2]} element(s) stick out past {width} px");
        Assert.True(layout[3] >= 3, $"only {layout[3]} chart(s) visible");
        Assert.True(layout[4] > 3000, "the page has little text");
        Assert.DoesNotContain(requests, u => !u.StartsWith("about:", StringComparison.Ordinal) && !u.StartsWith("data:", StringComparison.Ordinal));

        var shot = await page.ScreenshotAsync(new() { FullPage = true });
        Assert.True(Png.Size(shot).Width == width, "screenshot width");
        Assert.True(Png.DistinctBytes(shot) > 64, "the screenshot looks blank");
        var dir = Path.Combine(Samples.Root, ".build", "screenshots");
        Directory.CreateDirectory(dir);
        await File.WriteAllBytesAsync(Path.Combine(dir, $"{Path.GetFileNameWithoutExtension(sample)}.{language}.{width}.png"), shot);
        if (sample == DocsSample && Environment.GetEnvironmentVariable("UPDATE_SCREENSHOTS") == "1")
        {
            await SaveDocsScreenshots(page, language, width);
        }

        await page.CloseAsync();
    }

    /// <summary>The first screen and the charts of the docs sample, small enough to keep in the repository.</summary>
    private static async Task SaveDocsScreenshots(IPage page, string language, int width)
    {
        var docs = Path.Combine(Samples.Root, "docs", "screenshots");
        Directory.CreateDirectory(docs);
        await page.SetViewportSizeAsync(width, width < 600 ? 1500 : 1000);
        await page.ScreenshotAsync(new() { Path = Path.Combine(docs, $"report-{language}-{width}.png") });
        if (width > 600)
        {
            await page.Locator("#talk").ScreenshotAsync(new() { Path = Path.Combine(docs, $"report-{language}-{width}-charts.png") });
            await page.Locator("#markers tbody tr").Nth(0).ScrollIntoViewIfNeededAsync();
            await page.ScreenshotAsync(new() { Path = Path.Combine(docs, $"report-{language}-{width}-markers.png"), Clip = await Clip(page, "#markers", 1000) });
        }
    }

    private static async Task<Clip> Clip(IPage page, string selector, int height)
    {
        var box = await page.Locator(selector).BoundingBoxAsync() ?? throw new InvalidOperationException(selector);
        return new Clip { X = 0, Y = box.Y, Width = page.ViewportSize!.Width, Height = Math.Min(height, box.Height) };
    }
}
