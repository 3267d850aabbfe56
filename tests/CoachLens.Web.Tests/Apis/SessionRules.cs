using System.Net;
using System.Text;
using CoachLens.Transcripts;
using CoachLens.Transcripts.Writers;
using CoachLens.Web.Data;
using CoachLens.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CoachLens.Web.Tests.Apis;

public abstract class SessionRules(AppFactory app) : WebRules(app)
{
    [Fact]
    public async Task Upload_IsAnalyzedInTheBackground_AndTheReportShowsEveryMarkerWithEvidence()
    {
        using var coach = await NewVisitor();
        var id = await coach.Upload(Samples.Read(Samples.Strong), Samples.Strong);
        Assert.Contains("\"done\"", await coach.WaitForAnalysis(id), StringComparison.Ordinal);

        var report = await coach.Page($"/sessions/{id}");
        Assert.Equal(37, report.QuerySelectorAll("tr[data-marker]").Length);
        var quote = report.QuerySelector("tr[data-marker] blockquote a[href^='#turn-']")!;
        Assert.NotNull(report.GetElementById(quote.GetAttribute("href")![1..]));
        Assert.NotEmpty(report.QuerySelectorAll("svg.chart"));
        var list = await coach.Page("/sessions");
        Assert.NotNull(list.QuerySelector($"a[href='/sessions/{id}']"));
    }

    [Fact]
    public async Task Upload_ReadsWebVtt_AndPastedText()
    {
        using var coach = await NewVisitor();
        var vtt = await coach.Upload(Samples.Read(Samples.Vtt), Samples.Vtt);
        Assert.Contains("\"done\"", await coach.WaitForAnalysis(vtt), StringComparison.Ordinal);

        using var pasted = await coach.Post("/sessions/new", "/api/sessions/upload", [new("pasted", Samples.Secret("the move")), new("consent", "on")], multipart: true);
        Assert.Equal(HttpStatusCode.Redirect, pasted.StatusCode);
        var id = pasted.Headers.Location!.OriginalString["/sessions/".Length..];
        Assert.Contains("\"done\"", await coach.WaitForAnalysis(id), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_ReadsEveryFileTypeTheCommandLineReads()
    {
        using var coach = await NewVisitor();
        var transcript = TranscriptLoader.Load(Encoding.UTF8.GetBytes(Samples.Read(Samples.Strong)), Samples.Strong);
        const string srt = "1\n00:00:01,000 --> 00:00:05,000\nCoach: What would you like to focus on today?\n\n2\n00:00:06,000 --> 00:00:12,000\nClient: My new role, and how stuck I feel in it.\n\n3\n00:00:13,000 --> 00:00:18,000\nCoach: What makes that important to you now?\n";
        var files = new Dictionary<string, byte[]>
        {
            ["session.txt"] = Encoding.UTF8.GetBytes(Samples.Read(Samples.Strong)),
            ["session.vtt"] = Encoding.UTF8.GetBytes(Samples.Read(Samples.Vtt)),
            ["session.srt"] = Encoding.UTF8.GetBytes(srt),
            ["session.docx"] = TranscriptWriters.Find("icf-docx")!.Write(transcript),
            ["session.json"] = TranscriptWriters.Find("json")!.Write(transcript),
        };
        Assert.Equal(UploadRules.Extensions.Order(StringComparer.Ordinal), files.Keys.Select(Path.GetExtension).Order(StringComparer.Ordinal));
        foreach (var (name, content) in files)
        {
            using var response = await coach.UploadRaw(content, name);
            var location = response.Headers.Location!.OriginalString;
            Assert.False(location.StartsWith("/sessions/new", StringComparison.Ordinal), $"{name}: {location}");
            var id = location["/sessions/".Length..];
            Assert.Contains("\"done\"", await coach.WaitForAnalysis(id), StringComparison.Ordinal);
            Assert.NotEmpty((await coach.Page($"/sessions/{id}")).QuerySelectorAll("li.turn"));
        }
    }

    [Fact]
    public async Task Upload_WithoutConsent_IsRefusedWithAClearMessage()
    {
        using var coach = await NewVisitor();
        using var response = await coach.UploadRaw(Encoding.UTF8.GetBytes(Samples.Secret("x")), "s.txt", consent: false);
        Assert.Equal("/sessions/new?error=consent", response.Headers.Location!.OriginalString);
        var page = await coach.Page(response.Headers.Location!.OriginalString);
        Assert.Contains("written permission", page.QuerySelector(".error")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_TooLarge_WrongType_OrUnreadable_GetsAClearMessage()
    {
        using var coach = await NewVisitor();
        using (var large = await coach.UploadRaw(new byte[(10 * 1024 * 1024) + 1], "big.txt"))
        {
            var page = await coach.Page(large.Headers.Location!.OriginalString);
            Assert.Contains("larger than the 10 MB limit", page.QuerySelector(".error")!.TextContent, StringComparison.Ordinal);
        }

        using (var type = await coach.UploadRaw(Encoding.UTF8.GetBytes("MZ..."), "tool.exe"))
        {
            var page = await coach.Page(type.Headers.Location!.OriginalString);
            Assert.Contains("cannot read this type of file", page.QuerySelector(".error")!.TextContent, StringComparison.Ordinal);
        }

        using var unreadable = await coach.UploadRaw(Encoding.UTF8.GetBytes("just a shopping list\nmilk\neggs"), "notes.txt");
        var message = (await coach.Page(unreadable.Headers.Location!.OriginalString)).QuerySelector(".error")!.TextContent;
        Assert.Contains("This transcript cannot be read", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reanalysis_WithACorrectedCoach_AddsAVersion_AndKeepsTheEarlierOne()
    {
        using var coach = await NewVisitor();
        var id = await coach.Upload(Samples.Read(Samples.Strong), Samples.Strong);
        await coach.WaitForAnalysis(id);
        using (var again = await coach.Post($"/sessions/{id}", $"/api/sessions/{id}/reanalyze", [new("coach", "Client")]))
        {
            Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        }

        await coach.WaitForAnalysis(id);
        var page = await coach.Page($"/sessions/{id}");
        Assert.Equal(2, page.QuerySelectorAll("select[name=v] option").Length);
        var first = await coach.Client.GetStringAsync($"/api/sessions/{id}/report.json?v=1");
        var second = await coach.Client.GetStringAsync($"/api/sessions/{id}/report.json?v=2");
        Assert.Contains("\"coachSpeaker\": \"Coach\"", first, StringComparison.Ordinal);
        Assert.Contains("\"coachSpeaker\": \"Client\"", second, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TranscriptText_IsRenderedInert()
    {
        using var coach = await NewVisitor();
        var id = await coach.Upload(Samples.Secret("<script>alert('x')</script><img src=x onerror=alert(1)>"), "evil.txt");
        await coach.WaitForAnalysis(id);
        using var response = await coach.Client.GetAsync($"/sessions/{id}");
        var html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
        var page = await coach.Page($"/sessions/{id}");
        Assert.All(page.QuerySelectorAll("script"), s => Assert.Equal("/assets/app.js", s.GetAttribute("src")));
        Assert.Empty(page.QuerySelectorAll("img"));
        Assert.Contains("<script>alert('x')</script>", page.QuerySelector(".transcript")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Redaction_ReplacesNamesAndTerms_BeforeTheTranscriptIsStored()
    {
        using var coach = await NewVisitor();
        using var upload = await coach.Post(
            "/sessions/new",
            "/api/sessions/upload",
            [new("consent", "on"), new("redact", "on"), new("redactTerms", "insurance company")],
            new ByteArrayContent(Encoding.UTF8.GetBytes(Samples.Read(Samples.Strong))),
            fileName: "marcus-session.txt");
        var id = upload.Headers.Location!.OriginalString["/sessions/".Length..];
        Assert.Contains("\"done\"", await coach.WaitForAnalysis(id), StringComparison.Ordinal);

        var page = await coach.Page($"/sessions/{id}");
        Assert.NotNull(page.QuerySelector(".badge.redacted"));
        Assert.DoesNotContain("Marcus", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("insurance company", page.Body!.TextContent, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("[TERM-1]", page.Body!.TextContent, StringComparison.Ordinal);
        var stored = await App.Services.GetRequiredService<TranscriptStore>().Load(id);
        Assert.DoesNotContain("Marcus", Encoding.UTF8.GetString(stored), StringComparison.Ordinal);
        Assert.DoesNotContain("marcus", await coach.Client.GetStringAsync($"/api/sessions/{id}/report.json"), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task TrustView_AndTrustMeasures_AppearWhenTheReportHasATrustSection()
    {
        using var coach = await NewVisitor();
        var id = await coach.Upload(Samples.Read(Samples.Strong), Samples.Strong);
        await coach.WaitForAnalysis(id);
        using (var scope = App.Services.CreateScope())
        {
            // A report as the core writes it once its trust view lands (docs/report-format.md, "trust").
            var db = scope.ServiceProvider.GetRequiredService<AppDb>();
            var store = scope.ServiceProvider.GetRequiredService<TranscriptStore>();
            var first = db.Reports.Single(r => r.SessionId == id);
            var json = System.Text.Json.Nodes.JsonNode.Parse(store.Unprotect(first.ProtectedJson))!.AsObject();
            json["trust"] = System.Text.Json.Nodes.JsonNode.Parse("""
                { "summary": "Openness rose after the coach slowed down.",
                  "trajectory": [ { "turn": 1, "openness": 0.3, "smoothed": 0.3 }, { "turn": 3, "openness": 0.7, "smoothed": 0.5 } ],
                  "trustBreakers": [ { "turn": 2, "label": "early advice", "evidence": { "quote": "<b>You should</b> apply." }, "why": "It moves to solutions before the client has finished." } ],
                  "repairs": [], "contracting": { "note": "Contracting happened." } }
                """);
            var text = json.ToJsonString();
            db.Reports.Add(new ReportVersion
            {
                SessionId = id,
                Number = 2,
                CreatedAt = first.CreatedAt,
                ToolVersion = first.ToolVersion,
                RubricVersion = first.RubricVersion,
                ProtectedJson = store.Protect(text),
                Summary = System.Text.Json.JsonSerializer.Serialize(
                    SummaryJson.Read(first.Summary) with { Trust = TrustMeasures.FromReportJson(text) }, CoachLens.Reports.JsonReport.Options),
            });
            await db.SaveChangesAsync();
        }

        var page = await coach.Page($"/sessions/{id}?v=2");
        var trust = page.QuerySelector("section[data-section=trust]")!;
        Assert.NotNull(trust.QuerySelector("svg.chart"));
        Assert.Contains("<b>You should</b> apply.", trust.TextContent, StringComparison.Ordinal);
        Assert.Empty(trust.QuerySelectorAll("b"));
        // Since issue 6 the core writes the trust view into every report, so the first version shows it too.
        Assert.NotNull((await coach.Page($"/sessions/{id}?v=1")).QuerySelector("section[data-section=trust]"));
        var progress = await coach.Page("/progress");
        Assert.NotNull(progress.QuerySelector("[data-chart=openness] svg"));
        Assert.NotNull(progress.QuerySelector("[data-chart=breakers] svg"));
    }

    [Fact]
    public async Task Progress_ShowsChartsAcrossSessions()
    {
        using var coach = await NewVisitor();
        foreach (var sample in new[] { Samples.Strong, Samples.Vtt })
        {
            await coach.WaitForAnalysis(await coach.Upload(Samples.Read(sample), sample));
        }

        var page = await coach.Page("/progress");
        // Four charts, plus openness and trust-breakers across sessions now that every report carries the trust view.
        Assert.Equal(6, page.QuerySelectorAll("svg.chart").Length);
        Assert.NotNull(page.QuerySelector("[data-chart=openness] svg"));
        Assert.NotNull(page.QuerySelector("[data-chart=breakers] svg"));
        Assert.Equal(2, page.QuerySelectorAll("table.coverage tbody tr").Length);
        Assert.Equal(2, page.QuerySelectorAll("svg.chart")[0].QuerySelectorAll("circle").Length);
    }

    [Fact]
    public async Task Library_ShowsEveryCompetencyAndMarkerOfTheRubric()
    {
        using var visitor = Anonymous();
        var page = await visitor.Page("/library");
        var rubric = CoachLens.Analysis.Default.Rubric;
        Assert.Equal(rubric.Competencies.Count, page.QuerySelectorAll("article.competency").Length);
        foreach (var marker in rubric.Markers)
        {
            Assert.Contains(marker.Text, page.GetElementById($"marker-{marker.Id}")!.TextContent, StringComparison.Ordinal);
        }

        var four = await visitor.Page("/library/4");
        Assert.Single(four.QuerySelectorAll("article.competency"));
        await visitor.Page("/library/12", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task ExamPage_ListsThePracticeExamForms()
    {
        using var coach = await NewVisitor();
        var page = await coach.Page("/exam");
        Assert.Equal(CoachLens.Exam.Forms.FormSpec.All.Count, page.QuerySelectorAll("tr[data-form]").Length);
        Assert.NotNull((await coach.Page("/sessions")).QuerySelector("header a[href='/exam']"));
    }
}

public sealed class SessionRulesOnSqlite(SqliteApp app) : SessionRules(app), IClassFixture<SqliteApp>;

public sealed class SessionRulesOnPostgres(PostgresApp app) : SessionRules(app), IClassFixture<PostgresApp>;
