using System.Net;
using System.Text.RegularExpressions;

namespace CoachLens.E2E.Tests;

/// <summary>Limits only a real server (Kestrel) enforces, checked over HTTP against the live app.</summary>
public abstract partial class ServerLimits(LiveApp app)
{
    [Fact]
    public async Task AnOversizeUpload_OnARealServer_GetsAClearMessage()
    {
        Skips.Unless(app.SkipReason is null, app.SkipReason ?? "");
        using var handler = new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false };
        using var http = new HttpClient(handler) { BaseAddress = new Uri(app.BaseUrl), Timeout = TimeSpan.FromMinutes(2) };
        var email = $"big-{Guid.NewGuid():N}@example.org";
        using (var register = await http.PostAsync("/api/account/register", new FormUrlEncodedContent(
            [new("email", email), new("name", "Big"), new("password", "correct horse battery"), new("role", "coach"), new("__RequestVerificationToken", await Token(http, "/register"))])))
        {
            Assert.Equal(HttpStatusCode.Redirect, register.StatusCode);
        }

        var form = new MultipartFormDataContent
        {
            { new StringContent(await Token(http, "/sessions/new")), "__RequestVerificationToken" },
            { new StringContent("on"), "consent" },
            { new ByteArrayContent(new byte[13 * 1024 * 1024]), "file", "huge.txt" },
        };
        using var response = await http.PostAsync("/api/sessions/upload", form);
        Assert.Equal("/sessions/new?error=too_large", response.Headers.Location?.OriginalString);
        Assert.Contains("larger than the 10 MB limit", await http.GetStringAsync("/sessions/new?error=too_large"), StringComparison.Ordinal);

        // Pasted text is a form value, not a file: the same limit and message apply to it.
        var pasted = new MultipartFormDataContent
        {
            { new StringContent(await Token(http, "/sessions/new")), "__RequestVerificationToken" },
            { new StringContent("on"), "consent" },
            { new StringContent(new string('a', 11 * 1024 * 1024)), "pasted" },
        };
        using var paste = await http.PostAsync("/api/sessions/upload", pasted);
        Assert.Equal("/sessions/new?error=too_large", paste.Headers.Location?.OriginalString);
    }

    private static async Task<string> Token(HttpClient http, string page) =>
        TokenPattern().Match(await http.GetStringAsync(page)).Groups[1].Value;

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}

public sealed class ServerLimitsOnSqlite(SqliteLiveApp app) : ServerLimits(app), IClassFixture<SqliteLiveApp>;
