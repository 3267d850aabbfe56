using Microsoft.Playwright;

namespace CoachLens.E2E.Tests;

/// <summary>
/// The user journeys in a real browser: a coach registers, uploads a sample by drag and drop, waits for the
/// analysis, reads the report, shares it with a mentor who reviews it, sees progress over two sessions,
/// switches to Turkish and deletes the session. Runs once per database.
/// </summary>
public abstract class Journeys(LiveApp app)
{
    private const string Password = "correct horse battery";

    [Fact]
    public async Task CoachAndMentor_FromRegistrationToDeletion()
    {
        Skips.Unless(app.SkipReason is null, app.SkipReason ?? "");
        var docs = app.DatabaseName == "sqlite";
        var coachEmail = $"coach-{Guid.NewGuid():N}@example.org";
        var mentorEmail = $"mentor-{Guid.NewGuid():N}@example.org";

        await using var mentorContext = await NewContext();
        var mentor = await mentorContext.NewPageAsync();
        await Register(mentor, "Meryem Mentor", mentorEmail, "mentor");

        await using var coachContext = await NewContext();
        var coach = await coachContext.NewPageAsync();
        await Register(coach, "Ceren Coach", coachEmail, "coach");
        await Shot(coach, "sessions-empty");

        // Upload by drag and drop, with the consent box ticked.
        await coach.GotoAsync(app.BaseUrl + "/sessions/new");
        const string sample = "strong-pcc-career-change.txt";
        await coach.EvaluateAsync(
            """
            ([name, text]) => {
              const dt = new DataTransfer();
              dt.items.add(new File([text], name, { type: "text/plain" }));
              const zone = document.getElementById("dropzone");
              zone.dispatchEvent(new DragEvent("dragenter", { dataTransfer: dt, bubbles: true, cancelable: true }));
              zone.dispatchEvent(new DragEvent("drop", { dataTransfer: dt, bubbles: true, cancelable: true }));
            }
            """,
            new[] { sample, await File.ReadAllTextAsync(Paths.Sample(sample)) });
        Assert.Equal(sample, await coach.TextContentAsync("#chosen"));
        await coach.CheckAsync("input[name=consent]");
        await Shot(coach, "upload", docs);
        await coach.ClickAsync("#upload-form button[type=submit]");

        // The page shows the analysis running, then reloads itself with the report.
        await coach.WaitForSelectorAsync("tr[data-marker]", new() { Timeout = 60_000 });
        var sessionUrl = coach.Url.Split('?', '#')[0];
        Assert.Equal(37, await coach.Locator("tr[data-marker]").CountAsync());
        Assert.True(await coach.Locator("svg.chart").CountAsync() >= 3);
        await Shot(coach, "report", docs);
        await coach.ScreenshotAsync(new() { Path = Paths.Screenshot(app.DatabaseName, "report-full"), FullPage = true });

        // A quote links to its turn in the transcript.
        var quote = coach.Locator("tr[data-marker] blockquote a").First;
        var target = await quote.GetAttributeAsync("href");
        await quote.ClickAsync();
        Assert.EndsWith(target!, coach.Url, StringComparison.Ordinal);
        Assert.True(await coach.Locator(target!.Replace("#", "li#", StringComparison.Ordinal)).IsVisibleAsync());

        // Share with the mentor, who reviews marker 3.1.
        await coach.FillAsync("form[action$='/share'] input[name=mentorEmail]", mentorEmail);
        await coach.ClickAsync("form[action$='/share'] button[type=submit]");
        await coach.WaitForSelectorAsync("p.notice[role=status]");

        await mentor.GotoAsync(app.BaseUrl + "/sessions");
        await mentor.ClickAsync($"a[href='{new Uri(sessionUrl).AbsolutePath}']");
        var row = mentor.Locator("[id='marker-3.1']");
        await row.Locator("input[value=disagree]").CheckAsync();
        await row.Locator("select[name=override]").SelectOptionAsync("partial");
        await row.Locator("textarea[name=comment]").FillAsync("The topic is clear; the measure of success was not agreed.");
        await row.Locator("button[type=submit]").ClickAsync();
        // Wait for the redirect to commit rather than for every subresource: under a loaded CI machine the
        // full "load" event after a fragment redirect is what timed out, not the review itself.
        await mentor.WaitForURLAsync("**#marker-3.1", new() { WaitUntil = WaitUntilState.Commit, Timeout = 90_000 });
        await Shot(mentor, "mentor-review", docs);

        await coach.GotoAsync(sessionUrl);
        var review = coach.Locator("[id='marker-3.1'] .review-entry");
        Assert.Contains("Meryem Mentor: disagree", await review.TextContentAsync(), StringComparison.Ordinal);
        Assert.Contains("measure of success was not agreed", await review.TextContentAsync(), StringComparison.Ordinal);

        // A second session, chosen with the file picker, then progress over both.
        await coach.GotoAsync(app.BaseUrl + "/sessions/new");
        await coach.SetInputFilesAsync("#file", Paths.Sample("first-session-contracting.vtt"));
        await coach.CheckAsync("input[name=consent]");
        await coach.ClickAsync("#upload-form button[type=submit]");
        await coach.WaitForSelectorAsync("tr[data-marker]", new() { Timeout = 60_000 });
        await coach.GotoAsync(app.BaseUrl + "/progress");
        // Four charts, plus openness and trust-breakers across sessions (every report carries the trust view).
        Assert.Equal(6, await coach.Locator("svg.chart").CountAsync());
        Assert.Equal(2, await coach.Locator("svg.chart").First.Locator("circle").CountAsync());
        await Shot(coach, "progress", docs);

        await coach.GotoAsync(app.BaseUrl + "/library/4");
        await Shot(coach, "library", docs);

        // Turkish, kept for the account.
        await coach.GotoAsync(app.BaseUrl + "/sessions");
        await coach.ClickAsync("[data-testid=lang-tr]");
        await coach.WaitForSelectorAsync("html[lang=tr]");
        Assert.Equal("Oturumlar", await coach.TextContentAsync("h1"));
        await Shot(coach, "sessions-tr", docs);

        // Delete the first session for good.
        await coach.GotoAsync(sessionUrl);
        await coach.ClickAsync("details.danger summary");
        await coach.ClickAsync("details.danger button[type=submit]");
        await coach.WaitForURLAsync("**/sessions");
        Assert.Equal(0, await coach.Locator($"a[href='{new Uri(sessionUrl).AbsolutePath}']").CountAsync());
        var gone = await coach.GotoAsync(sessionUrl);
        Assert.Equal(404, gone!.Status);

        // The mentor lost it too.
        var mentorView = await mentor.GotoAsync(sessionUrl);
        Assert.Equal(404, mentorView!.Status);
    }

    [Fact]
    public async Task Report_ReadsOnAPhone()
    {
        Skips.Unless(app.SkipReason is null, app.SkipReason ?? "");
        await using var context = await app.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 375, Height = 812 } });
        var page = await context.NewPageAsync();
        await Register(page, "Phone Coach", $"phone-{Guid.NewGuid():N}@example.org", "coach");
        await page.GotoAsync(app.BaseUrl + "/sessions/new");
        await page.SetInputFilesAsync("#file", Paths.Sample("strong-pcc-career-change.txt"));
        await page.CheckAsync("input[name=consent]");
        await page.ClickAsync("#upload-form button[type=submit]");
        await page.WaitForSelectorAsync("tr[data-marker]", new() { Timeout = 60_000 });
        var overflow = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth + 1");
        await Shot(page, "report-phone", app.DatabaseName == "sqlite");
        var wide = await page.EvaluateAsync<string>(
            "() => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > window.innerWidth + 1).slice(0, 5).map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right)).join('; ')");
        Assert.False(overflow, $"the report is wider than a 375 px phone screen: {wide}");
    }

    private Task<IBrowserContext> NewContext() =>
        app.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });

    private async Task Register(IPage page, string name, string email, string role)
    {
        await page.GotoAsync(app.BaseUrl + "/register");
        await page.FillAsync("input[name=name]", name);
        await page.FillAsync("input[name=email]", email);
        await page.FillAsync("input[name=password]", Password);
        await page.CheckAsync($"input[name=role][value={role}]");
        await page.ClickAsync("form[action='/api/account/register'] button[type=submit]");
        await page.WaitForURLAsync("**/sessions");
    }

    private async Task Shot(IPage page, string name, bool docs = false)
    {
        var path = Paths.Screenshot(app.DatabaseName, name);
        await page.ScreenshotAsync(new() { Path = path });
        Assert.True(new FileInfo(path).Length > 5_000, $"the {name} screenshot looks blank");
        // docs/ keeps reviewed pictures: refreshed on request (UPDATE_SCREENSHOTS=1) or when one is missing.
        if (docs && (Environment.GetEnvironmentVariable("UPDATE_SCREENSHOTS") == "1" || !File.Exists(Paths.Docs(name))))
        {
            File.Copy(path, Paths.Docs(name), overwrite: true);
        }
    }
}

public sealed class JourneysOnSqlite(SqliteLiveApp app) : Journeys(app), IClassFixture<SqliteLiveApp>;

public sealed class JourneysOnPostgres(PostgresLiveApp app) : Journeys(app), IClassFixture<PostgresLiveApp>;
