using System.Net;
using CoachLens.Web.Tests.Support;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CoachLens.Web.Tests.Setup;

public abstract class SecurityRules(AppFactory app) : WebRules(app)
{
    [Fact]
    public async Task ACoach_CannotRead_List_Download_Reanalyze_OrDelete_AnotherCoachsSession()
    {
        using var owner = await NewVisitor();
        using var other = await NewVisitor();
        var id = await owner.Upload(Samples.Secret("the reorganisation"), "mine.txt");
        await owner.WaitForAnalysis(id);

        await other.Page($"/sessions/{id}", HttpStatusCode.NotFound);
        Assert.DoesNotContain(id, (await other.Page("/sessions")).Body!.InnerHtml, StringComparison.Ordinal);
        foreach (var url in new[] { $"/api/sessions/{id}/status", $"/api/sessions/{id}/report.json", $"/api/sessions/{id}/report.md", $"/api/sessions/{id}/reviews.json" })
        {
            using var response = await other.Client.GetAsync(url);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }

        foreach (var action in new[] { "delete", "reanalyze", "share" })
        {
            using var response = await other.Post("/sessions", $"/api/sessions/{id}/{action}", [new("mentorEmail", other.Email)]);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }

        await owner.Page($"/sessions/{id}");
        Assert.Contains("\"done\"", await owner.WaitForAnalysis(id), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SessionIds_Are128RandomBits_AndAMissingOneLooksLikeAForeignOne()
    {
        using var coach = await NewVisitor();
        var a = await coach.Upload(Samples.Secret("one"), "a.txt");
        var b = await coach.Upload(Samples.Secret("two"), "b.txt");
        Assert.Matches("^[0-9a-f]{32}$", a);
        Assert.Matches("^[0-9a-f]{32}$", b);
        Assert.NotEqual(a[..8], b[..8]);
        var missing = await coach.Page($"/sessions/{new string('0', 32)}", HttpStatusCode.NotFound);
        var malformed = await coach.Page("/sessions/1", HttpStatusCode.NotFound);
        Assert.Equal(missing.QuerySelector("main")!.TextContent, malformed.QuerySelector("main")!.TextContent);
    }

    [Fact]
    public async Task AMentor_SeesOnlyWhatWasShared_AndLosesItWhenUnshared()
    {
        using var coach = await NewVisitor();
        using var mentor = await NewVisitor("mentor", "Mentor Meryem");
        var shared = await coach.Upload(Samples.Secret("the first topic"), "shared.txt");
        var kept = await coach.Upload(Samples.Secret("the second topic"), "kept.txt");
        await coach.WaitForAnalysis(shared);
        await coach.WaitForAnalysis(kept);

        using (var share = await coach.Post($"/sessions/{shared}", $"/api/sessions/{shared}/share", [new("mentorEmail", mentor.Email)]))
        {
            Assert.Contains("share=done", share.Headers.Location!.OriginalString, StringComparison.Ordinal);
        }

        await mentor.Page($"/sessions/{shared}");
        await mentor.Page($"/sessions/{kept}", HttpStatusCode.NotFound);
        var list = await mentor.Page("/sessions");
        Assert.NotNull(list.QuerySelector($"a[href='/sessions/{shared}']"));
        Assert.Null(list.QuerySelector($"a[href='/sessions/{kept}']"));
        using (var delete = await mentor.Post("/sessions", $"/api/sessions/{shared}/delete", []))
        {
            Assert.Equal(HttpStatusCode.NotFound, delete.StatusCode);
        }

        // Sharing everything, then stopping.
        using (var all = await coach.Post("/account", "/api/account/shares", [new("mentorEmail", mentor.Email)]))
        {
            Assert.Equal("/account?share=done", all.Headers.Location!.OriginalString);
        }

        await mentor.Page($"/sessions/{kept}");
        var account = await coach.Page("/account");
        foreach (var form in account.QuerySelectorAll("form[action$='/delete']").Select(f => f.GetAttribute("action")!).ToList())
        {
            using var stop = await coach.Post("/account", form, []);
        }

        await mentor.Page($"/sessions/{shared}", HttpStatusCode.NotFound);
        await mentor.Page($"/sessions/{kept}", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Sharing_NeedsAMentorAccount()
    {
        using var coach = await NewVisitor();
        using var notAMentor = await NewVisitor();
        var id = await coach.Upload(Samples.Secret("x"), "x.txt");
        using var share = await coach.Post($"/sessions/{id}", $"/api/sessions/{id}/share", [new("mentorEmail", notAMentor.Email)]);
        Assert.Contains("share=error", share.Headers.Location!.OriginalString, StringComparison.Ordinal);
        await notAMentor.Page($"/sessions/{id}", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task EveryPostEndpoint_RequiresAnAntiforgeryToken()
    {
        using var coach = await NewVisitor();
        var endpoints = App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.Contains("POST") == true)
            .ToList();
        Assert.NotEmpty(endpoints);
        Assert.All(endpoints, e => Assert.True(
            e.Metadata.GetMetadata<IAntiforgeryMetadata>()?.RequiresValidation == true,
            $"{e.RoutePattern.RawText} does not require an antiforgery token"));

        var id = await coach.Upload(Samples.Secret("x"), "x.txt");
        using var forged = await coach.Client.PostAsync($"/api/sessions/{id}/delete", new FormUrlEncodedContent([]));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        await coach.Page($"/sessions/{id}");
    }

    [Fact]
    public async Task Cookies_AreHttpOnly_SameSiteStrict_AndSecureOverHttps()
    {
        Skips.Unless(App.Available, TestPostgres.SkipReason);
        using var visitor = new Visitor(App, "https://localhost");
        await visitor.Register();
        await visitor.SignOut();
        using var token = await visitor.Client.GetAsync("/login");
        using var response = await visitor.SignIn(visitor.Email, Visitor.Password);
        var auth = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("coachlens.auth=", StringComparison.Ordinal));
        Assert.Contains("httponly", auth, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", auth, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("secure", auth, StringComparison.OrdinalIgnoreCase);
        var csrf = token.Headers.TryGetValues("Set-Cookie", out var set) ? set.FirstOrDefault(c => c.StartsWith("coachlens.csrf=", StringComparison.Ordinal)) : null;
        if (csrf is not null)
        {
            Assert.Contains("httponly", csrf, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("secure", csrf, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task SignIn_IsRateLimitedPerAddress()
    {
        Skips.Unless(App.Available, TestPostgres.SkipReason);
        using var limited = new AppFactory(App.Database, signInPerMinute: 3);
        using var visitor = new Visitor(limited);
        var token = await visitor.Token("/login");
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            using var response = await visitor.Client.PostAsync("/api/account/login", new FormUrlEncodedContent(
                [new("email", "nobody@example.org"), new("password", "wrong password"), new("__RequestVerificationToken", token)]));
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
    }
}

public sealed class SecurityRulesOnSqlite(SqliteApp app) : SecurityRules(app), IClassFixture<SqliteApp>;

public sealed class SecurityRulesOnPostgres(PostgresApp app) : SecurityRules(app), IClassFixture<PostgresApp>;
