using Microsoft.Playwright;

namespace CoachLens.Export.Tests.Browser;

/// <summary>One headless Debian Chromium for all browser tests, driven by Playwright (no browser download).</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? playwright;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var chromium = CoachLens.Export.Pdf.ChromiumPrinter.Locate() ?? throw new InvalidOperationException("Chromium is not installed; scripts/test installs it (apt-get install chromium)");
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        playwright?.Dispose();
    }
}
