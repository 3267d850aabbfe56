using System.Net;
using CoachLens.Web.Tests.Support;

namespace CoachLens.Web.Tests.Apis;

public abstract class AccountRules(AppFactory app) : WebRules(app)
{
    [Fact]
    public async Task Register_SignsIn_AndSignOutEndsTheSession()
    {
        using var coach = await NewVisitor();
        var sessions = await coach.Page("/sessions");
        Assert.NotNull(sessions.QuerySelector("a[href='/sessions/new']"));
        await coach.SignOut();
        using var after = await coach.Client.GetAsync("/sessions");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("http://localhost/login", after.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_WithTheRightPassword_Works_AndAWrongOneIsRefused()
    {
        using var coach = await NewVisitor();
        await coach.SignOut();
        using (var wrong = await coach.SignIn(coach.Email, "not the password"))
        {
            Assert.Contains("error=invalid", wrong.Headers.Location!.OriginalString, StringComparison.Ordinal);
        }

        using var right = await coach.SignIn(coach.Email, Visitor.Password);
        Assert.Equal("/sessions", right.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("//evil.example/", "/sessions")]
    [InlineData("https://evil.example/", "/sessions")]
    [InlineData("/\\evil.example", "/sessions")]
    [InlineData("/progress", "/progress")]
    public async Task SignIn_ReturnsOnlyToLocalPages(string returnUrl, string expected)
    {
        using var coach = await NewVisitor();
        await coach.SignOut();
        using var response = await coach.Post("/login", "/api/account/login", [new("email", coach.Email), new("password", Visitor.Password), new("returnUrl", returnUrl)]);
        Assert.Equal(expected, response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task ChangePassword_ReplacesTheOldOne()
    {
        using var coach = await NewVisitor();
        using (var changed = await coach.Post("/account", "/api/account/password", [new("current", Visitor.Password), new("next", "a brand new passphrase")]))
        {
            Assert.Equal("/account?password=done", changed.Headers.Location!.OriginalString);
        }

        await coach.SignOut();
        using (var old = await coach.SignIn(coach.Email, Visitor.Password))
        {
            Assert.Contains("error=invalid", old.Headers.Location!.OriginalString, StringComparison.Ordinal);
        }

        using var fresh = await coach.SignIn(coach.Email, "a brand new passphrase");
        Assert.Equal("/sessions", fresh.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Register_RefusesAShortPassword_AndATakenEmail()
    {
        using var first = await NewVisitor();
        using var visitor = Anonymous();
        using (var shortPassword = await visitor.Post("/register", "/api/account/register", [new("email", "x@example.org"), new("name", "X"), new("password", "short"), new("role", "coach")]))
        {
            Assert.Equal("/register?error=invalid", shortPassword.Headers.Location!.OriginalString);
        }

        using var taken = await visitor.Post("/register", "/api/account/register", [new("email", first.Email), new("name", "X"), new("password", Visitor.Password), new("role", "coach")]);
        Assert.Equal("/register?error=taken", taken.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Language_IsSwitchable_AndStaysWithTheAccount()
    {
        using var coach = await NewVisitor();
        using (var switched = await coach.Post("/sessions", "/api/account/language", [new("lang", "tr"), new("returnUrl", "/sessions")]))
        {
            Assert.Equal("/sessions", switched.Headers.Location!.OriginalString);
        }

        var page = await coach.Page("/sessions");
        Assert.Equal("tr", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Oturumlarım", page.QuerySelector("h2")!.TextContent);

        // A new browser (no language cookie) still gets Turkish after signing in.
        using var elsewhere = new Visitor(App);
        using var signIn = await elsewhere.SignIn(coach.Email, Visitor.Password);
        var again = await elsewhere.Page("/sessions");
        Assert.Equal("tr", again.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task ATurkishAccount_GetsTurkishReports_AndATurkishLibrary()
    {
        using var coach = await NewVisitor();
        using (await coach.Post("/sessions", "/api/account/language", [new("lang", "tr"), new("returnUrl", "/sessions")]))
        {
        }

        var id = await coach.Upload(Samples.Read(Samples.Strong), Samples.Strong);
        await coach.WaitForAnalysis(id);
        Assert.Contains("\"language\": \"tr\"", await coach.Client.GetStringAsync($"/api/sessions/{id}/report.json"), StringComparison.Ordinal);
        var report = await coach.Page($"/sessions/{id}");
        var turkish = CoachLens.Analysis.For("tr").Rubric;
        Assert.Contains(turkish.Marker("3.1").Text, report.GetElementById("marker-3.1")!.TextContent, StringComparison.Ordinal);
        var library = await coach.Page("/library/1");
        Assert.Contains(turkish.Competency("1").Name, library.QuerySelector("article.competency h2")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("<html", await coach.Client.GetStringAsync($"/api/sessions/{id}/report.html"), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task FirstAccount_IsAdmin_AndOthersCannotSeeAllActivity()
    {
        using var someone = await NewVisitor();
        using var other = await NewVisitor();
        await other.Page("/admin/audit", HttpStatusCode.NotFound);
    }
}

public sealed class AccountRulesOnSqlite(SqliteApp app) : AccountRules(app), IClassFixture<SqliteApp>;

public sealed class AccountRulesOnPostgres(PostgresApp app) : AccountRules(app), IClassFixture<PostgresApp>;
