using System.IO.Compression;
using System.Net;
using System.Text;
using CoachLens.Web.Data;
using CoachLens.Web.Setup;
using CoachLens.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoachLens.Web.Tests.Data;

public abstract class DataRules(AppFactory app) : WebRules(app)
{
    private async Task<T> Query<T>(Func<AppDb, Task<T>> query)
    {
        using var scope = App.Services.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<AppDb>());
    }

    private string TranscriptFile(string id) => Path.Combine(App.DataDir, "transcripts", id + ".bin");

    [Fact]
    public async Task MentorReview_IsKeptBesideTheAutomaticJudgement_AndExportable()
    {
        using var coach = await NewVisitor();
        using var mentor = await NewVisitor("mentor", "Mentor Deniz");
        var id = await coach.Upload(Samples.Read(Samples.Strong), Samples.Strong);
        await coach.WaitForAnalysis(id);
        using (var share = await coach.Post($"/sessions/{id}", $"/api/sessions/{id}/share", [new("mentorEmail", mentor.Email)]))
        {
        }

        var asMentor = await mentor.Page($"/sessions/{id}");
        Assert.Equal(37, asMentor.QuerySelectorAll("form.review-form").Length);
        using (var review = await mentor.Post($"/sessions/{id}", $"/api/sessions/{id}/reviews/3.1",
            [new("verdict", "disagree"), new("override", "partial"), new("comment", "The goal was set, but not agreed."), new("version", "1")]))
        {
            Assert.Equal(HttpStatusCode.Redirect, review.StatusCode);
        }

        var row = (await coach.Page($"/sessions/{id}")).GetElementById("marker-3.1")!;
        Assert.NotNull(row.QuerySelector(".badge"));
        Assert.Contains("Mentor Deniz: disagree", row.QuerySelector(".review-entry")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("The goal was set, but not agreed.", row.TextContent, StringComparison.Ordinal);
        Assert.NotNull(row.QuerySelector(".review-entry .marker-partial"));

        // Only the mentor reviews; the coach's attempt changes nothing.
        using (var own = await coach.Post($"/sessions/{id}", $"/api/sessions/{id}/reviews/3.1", [new("verdict", "agree"), new("version", "1")]))
        {
            Assert.Equal(HttpStatusCode.NotFound, own.StatusCode);
        }

        var export = await coach.Client.GetStringAsync($"/api/sessions/{id}/reviews.json");
        Assert.Contains("\"verdict\": \"disagree\"", export, StringComparison.Ordinal);
        Assert.Contains("\"automatic\"", export, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeletingASession_RemovesItsRows_Reports_Reviews_Shares_AndFile()
    {
        using var coach = await NewVisitor();
        using var mentor = await NewVisitor("mentor");
        var id = await coach.Upload(Samples.Read(Samples.Strong), Samples.Strong);
        await coach.WaitForAnalysis(id);
        using (await coach.Post($"/sessions/{id}", $"/api/sessions/{id}/share", [new("mentorEmail", mentor.Email)]))
        {
        }

        using (await mentor.Post($"/sessions/{id}", $"/api/sessions/{id}/reviews/3.1", [new("verdict", "agree")]))
        {
        }

        Assert.True(File.Exists(TranscriptFile(id)));
        Assert.Equal(1, await Query(db => db.Reviews.CountAsync(r => r.SessionId == id)));
        using (var delete = await coach.Post($"/sessions/{id}", $"/api/sessions/{id}/delete", []))
        {
            Assert.Equal("/sessions", delete.Headers.Location!.OriginalString);
        }

        Assert.False(File.Exists(TranscriptFile(id)));
        Assert.Equal(0, await Query(db => db.Sessions.CountAsync(s => s.Id == id)));
        Assert.Equal(0, await Query(db => db.Reports.CountAsync(r => r.SessionId == id)));
        Assert.Equal(0, await Query(db => db.Reviews.CountAsync(r => r.SessionId == id)));
        Assert.Equal(0, await Query(db => db.Shares.CountAsync(s => s.SessionId == id)));
        await coach.Page($"/sessions/{id}", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task DeletingAnAccount_RemovesItsSessions_Shares_ReviewsGiven_AndTheAccount()
    {
        using var coach = await NewVisitor();
        using var mentor = await NewVisitor("mentor");
        using var otherCoach = await NewVisitor();
        var id = await coach.Upload(Samples.Secret("leaving"), "leaving.txt");
        var reviewed = await otherCoach.Upload(Samples.Secret("staying"), "staying.txt");
        await coach.WaitForAnalysis(id);
        await otherCoach.WaitForAnalysis(reviewed);
        using (await coach.Post("/account", "/api/account/shares", [new("mentorEmail", mentor.Email)]))
        {
        }

        using (await otherCoach.Post($"/sessions/{reviewed}", $"/api/sessions/{reviewed}/share", [new("mentorEmail", mentor.Email)]))
        {
        }

        using (await mentor.Post($"/sessions/{reviewed}", $"/api/sessions/{reviewed}/reviews/3.1", [new("verdict", "agree")]))
        {
        }

        using (var wrong = await coach.Post("/account", "/api/account/delete", [new("password", "not it")]))
        {
            Assert.Equal("/account?delete=error", wrong.Headers.Location!.OriginalString);
        }

        using (var gone = await coach.Post("/account", "/api/account/delete", [new("password", Visitor.Password)]))
        {
            Assert.True(gone.Headers.Location?.OriginalString == "/", $"{gone.StatusCode} {coach.Errors()}");
        }

        Assert.Equal(0, await Query(db => db.Users.CountAsync(u => u.Email == coach.Email)));
        Assert.Equal(0, await Query(db => db.Sessions.CountAsync(s => s.Id == id)));
        Assert.False(File.Exists(TranscriptFile(id)));
        using (var signIn = await coach.SignIn(coach.Email, Visitor.Password))
        {
            Assert.Contains("error=invalid", signIn.Headers.Location!.OriginalString, StringComparison.Ordinal);
        }

        // A mentor leaving takes their reviews and shares along; the coach's session stays.
        using (await mentor.Post("/account", "/api/account/delete", [new("password", Visitor.Password)]))
        {
        }

        Assert.Equal(0, await Query(db => db.Reviews.CountAsync(r => r.SessionId == reviewed)));
        Assert.Equal(0, await Query(db => db.Shares.CountAsync(s => s.SessionId == reviewed)));
        Assert.Equal(1, await Query(db => db.Sessions.CountAsync(s => s.Id == reviewed)));
    }

    [Fact]
    public async Task Retention_DeletesSessionsOlderThanTheOwnersSetting_Only()
    {
        using var strict = await NewVisitor();
        using var relaxed = await NewVisitor();
        using (var set = await strict.Post("/account", "/api/account/retention", [new("days", "30")]))
        {
            Assert.Equal("/account?retention=done", set.Headers.Location!.OriginalString);
        }

        var old = await strict.Upload(Samples.Secret("old"), "old.txt");
        var keep = await relaxed.Upload(Samples.Secret("kept"), "kept.txt");
        await strict.WaitForAnalysis(old);
        await relaxed.WaitForAnalysis(keep);
        App.Time.Advance(TimeSpan.FromDays(31));
        using (await strict.SignIn(strict.Email, Visitor.Password))
        {
        }

        var fresh = await strict.Upload(Samples.Secret("new"), "new.txt");
        using (var scope = App.Services.CreateScope())
        {
            await RetentionWorker.Sweep(scope.ServiceProvider);
        }

        Assert.Equal(0, await Query(db => db.Sessions.CountAsync(s => s.Id == old)));
        Assert.False(File.Exists(TranscriptFile(old)));
        Assert.Equal(1, await Query(db => db.Sessions.CountAsync(s => s.Id == fresh)));
        Assert.Equal(1, await Query(db => db.Sessions.CountAsync(s => s.Id == keep)));
        Assert.Equal(1, await Query(db => db.Audit.CountAsync(a => a.SessionId == old && a.Action == AuditActions.RetentionDelete)));
    }

    [Fact]
    public async Task ExportEverything_GivesAZipOfTranscripts_Reports_Reviews_AndTheAuditLog()
    {
        using var coach = await NewVisitor();
        var id = await coach.Upload(Samples.Read(Samples.Strong), Samples.Strong);
        await coach.WaitForAnalysis(id);
        using var response = await coach.Post("/account", "/api/account/export", []);
        Assert.Equal("application/zip", response.Content.Headers.ContentType!.MediaType);
        using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync());
        var names = zip.Entries.Select(e => e.FullName).ToList();
        Assert.Contains("account.json", names);
        Assert.Contains("audit.json", names);
        Assert.Contains($"sessions/{id}/transcript-{Samples.Strong}", names);
        Assert.Contains($"sessions/{id}/report-v1.json", names);
        Assert.Contains($"sessions/{id}/report-v1.md", names);
        Assert.Contains($"sessions/{id}/reviews.json", names);
        using var transcript = new StreamReader(zip.GetEntry($"sessions/{id}/transcript-{Samples.Strong}")!.Open());
        Assert.Equal(Samples.Read(Samples.Strong), await transcript.ReadToEndAsync());
    }

    [Fact]
    public async Task AuditLog_RecordsWhatHappened_IsVisibleToTheHolder_AndCannotBeChanged()
    {
        using var coach = await NewVisitor();
        using var mentor = await NewVisitor("mentor");
        var id = await coach.Upload(Samples.Secret("audit"), "a.txt");
        await coach.WaitForAnalysis(id);
        using (await coach.Post($"/sessions/{id}", $"/api/sessions/{id}/share", [new("mentorEmail", mentor.Email)]))
        {
        }

        using (await coach.Post("/account", "/api/account/export", []))
        {
        }

        using (await coach.Post($"/sessions/{id}", $"/api/sessions/{id}/delete", []))
        {
        }

        await coach.SignOut();
        using (await coach.SignIn(coach.Email, Visitor.Password))
        {
        }

        var page = await coach.Page("/account/audit");
        var actions = page.QuerySelectorAll("table.audit td[data-action]").Select(td => td.GetAttribute("data-action")).ToHashSet();
        foreach (var action in new[] { "register", "upload", "analysis", "share", "export", "delete", "sign-out", "sign-in" })
        {
            Assert.Contains(action, actions);
        }

        await Assert.ThrowsAnyAsync<Exception>(() => Query(db => db.Database.ExecuteSqlRawAsync("UPDATE \"Audit\" SET \"Action\" = 'nothing'")));
        await Assert.ThrowsAnyAsync<Exception>(() => Query(db => db.Database.ExecuteSqlRawAsync("DELETE FROM \"Audit\"")));
    }

    [Fact]
    public async Task TheFirstAccount_IsAdmin_AndSeesEveryonesActivity()
    {
        Skips.Unless(App.Available, TestPostgres.SkipReason);
        using var fresh = new AppFactory(App.Database);
        using var admin = await new Visitor(fresh).Register();
        using var coach = await new Visitor(fresh).Register();
        await coach.Upload(Samples.Secret("admin"), "a.txt");
        var all = await admin.Page("/admin/audit");
        Assert.Contains("upload", all.QuerySelector("table.audit")!.TextContent, StringComparison.Ordinal);
        await coach.Page("/admin/audit", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Transcripts_AreEncryptedAtRest_AndNeverLogged()
    {
        using var coach = await NewVisitor();
        const string phrase = "Zebrafish Quartermaster Eleven";
        var id = await coach.Upload(Samples.Secret(phrase), "secret.txt");
        await coach.WaitForAnalysis(id);
        using (var unreadable = await coach.UploadRaw(Encoding.UTF8.GetBytes($"notes on {phrase}\nno speakers here"), "notes.txt"))
        {
            Assert.Contains("error=unreadable", unreadable.Headers.Location!.OriginalString, StringComparison.Ordinal);
        }

        await coach.Page($"/sessions/{id}");

        Assert.DoesNotContain(phrase, Encoding.UTF8.GetString(await File.ReadAllBytesAsync(TranscriptFile(id))), StringComparison.Ordinal);
        var stored = await Query(db => db.Reports.Where(r => r.SessionId == id).Select(r => r.ProtectedJson).SingleAsync());
        Assert.DoesNotContain(phrase, Encoding.UTF8.GetString(stored), StringComparison.Ordinal);
        if (App.Database == Database.Sqlite)
        {
            File.Copy(Path.Combine(App.DataDir, "coachlens.db"), Path.Combine(App.DataDir, "copy.db"));
            Assert.DoesNotContain(phrase, Encoding.UTF8.GetString(await File.ReadAllBytesAsync(Path.Combine(App.DataDir, "copy.db"))), StringComparison.Ordinal);
        }

        Assert.True(Directory.EnumerateFiles(Path.Combine(App.DataDir, "keys")).Any());
        Assert.NotEmpty(App.Logs.Lines);
        Assert.DoesNotContain(App.Logs.Lines, line => line.Contains(phrase, StringComparison.OrdinalIgnoreCase) || line.Contains("Zebrafish", StringComparison.OrdinalIgnoreCase));
    }
}

public sealed class DataRulesOnSqlite(SqliteApp app) : DataRules(app), IClassFixture<SqliteApp>;

public sealed class DataRulesOnPostgres(PostgresApp app) : DataRules(app), IClassFixture<PostgresApp>;
