using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CoachLens.Web.Tests.Support;

/// <summary>One person's browser without the browser: cookies, antiforgery tokens taken from the page, forms posted.</summary>
public sealed class Visitor : IDisposable
{
    private static readonly HtmlParser Parser = new();

    public Visitor(AppFactory app, string baseAddress = "http://localhost")
    {
        App = app;
        Client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true, BaseAddress = new Uri(baseAddress) });
    }

    public AppFactory App { get; }

    public HttpClient Client { get; }

    public string Email { get; private set; } = "";

    public const string Password = "correct horse battery";

    public async Task<IDocument> Page(string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await Client.GetAsync(url);
        Assert.True(expected == response.StatusCode, $"{url} answered {response.StatusCode}, not {expected}. {Errors()}");
        return Parser.ParseDocument(await response.Content.ReadAsStringAsync());
    }

    /// <summary>Posts a form the way the page would: with the antiforgery token the page <paramref name="from"/> carries.</summary>
    public async Task<HttpResponseMessage> Post(string from, string action, IEnumerable<KeyValuePair<string, string>> fields, HttpContent? file = null, string fileField = "file", string fileName = "session.txt", bool multipart = false)
    {
        var token = await Token(from);
        if (file is null && !multipart)
        {
            var all = fields.Append(new("__RequestVerificationToken", token));
            return await Client.PostAsync(action, new FormUrlEncodedContent(all));
        }

        var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        foreach (var (key, value) in fields)
        {
            form.Add(new StringContent(value), key);
        }

        if (file is not null)
        {
            form.Add(file, fileField, fileName);
        }

        return await Client.PostAsync(action, form);
    }

    public async Task<string> Token(string from)
    {
        var page = await Page(from);
        return page.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"{from} has no antiforgery token");
    }

    public async Task<Visitor> Register(string role = "coach", string? name = null)
    {
        Email = $"{role}-{Guid.NewGuid():N}@example.org";
        using var response = await Post("/register", "/api/account/register", [new("email", Email), new("name", name ?? $"Test {role}"), new("password", Password), new("role", role)]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/sessions", response.Headers.Location?.OriginalString);
        return this;
    }

    public async Task<HttpResponseMessage> SignIn(string email, string password) =>
        await Post("/login", "/api/account/login", [new("email", email), new("password", password)]);

    public async Task SignOut()
    {
        using var response = await Post("/account", "/api/account/logout", []);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    /// <summary>Uploads a transcript and returns the new session's id.</summary>
    public async Task<string> Upload(string text, string fileName = "session.txt", string? coach = null, bool consent = true)
    {
        using var response = await UploadRaw(System.Text.Encoding.UTF8.GetBytes(text), fileName, coach, consent);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"upload answered {response.StatusCode}. {Errors()}");
        Assert.False(response.Headers.Location!.OriginalString.StartsWith("/sessions/new", StringComparison.Ordinal), response.Headers.Location.OriginalString);
        var location = response.Headers.Location!.OriginalString;
        Assert.StartsWith("/sessions/", location, StringComparison.Ordinal);
        return location["/sessions/".Length..];
    }

    public async Task<HttpResponseMessage> UploadRaw(byte[] content, string fileName, string? coach = null, bool consent = true)
    {
        var fields = new List<KeyValuePair<string, string>> { new("title", Path.GetFileNameWithoutExtension(fileName)) };
        if (coach is not null)
        {
            fields.Add(new("coach", coach));
        }

        if (consent)
        {
            fields.Add(new("consent", "on"));
        }

        return await Post("/sessions/new", "/api/sessions/upload", fields, new ByteArrayContent(content), fileName: fileName);
    }

    /// <summary>Polls the status endpoint the page uses until the background analysis finishes.</summary>
    public async Task<string> WaitForAnalysis(string id)
    {
        for (var i = 0; i < 300; i++)
        {
            var json = await Client.GetStringAsync($"/api/sessions/{id}/status");
            if (json.Contains("\"done\"", StringComparison.Ordinal) || json.Contains("\"failed\"", StringComparison.Ordinal))
            {
                return json;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"analysis of {id} did not finish");
    }

    /// <summary>The app's error log lines, for failure messages.</summary>
    public string Errors() => string.Join("\n", App.Logs.Lines.Where(l => l.StartsWith("Error", StringComparison.Ordinal) || l.StartsWith("Critical", StringComparison.Ordinal)));

    public void Dispose() => Client.Dispose();
}
