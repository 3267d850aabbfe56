using System.Security.Claims;
using System.Text;
using CoachLens.Export;
using CoachLens.Privacy;
using CoachLens.Reports;
using CoachLens.Transcripts;
using CoachLens.Web.Data;
using CoachLens.Web.Setup;
using Microsoft.AspNetCore.Mvc;

namespace CoachLens.Web.Apis;

/// <summary>Upload, analysis status, re-analysis, sharing, mentor reviews, downloads and deletion of sessions.</summary>
public static class SessionApi
{
    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["json"] = "application/json",
        ["md"] = "text/markdown; charset=utf-8",
        ["html"] = "text/html; charset=utf-8",
        ["docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ["pdf"] = "application/pdf",
    };

    public static void MapSessionApi(this IEndpointRouteBuilder app)
    {
        var forms = app.MapGroup("/api/sessions").RequireAuthorization().RequireAntiforgery();
        forms.MapPost("/upload", Upload).WithMetadata(new RequestSizeLimitAttribute(UploadRules.MaxRequestBytes));
        forms.MapPost("/{id}/reanalyze", Reanalyze);
        forms.MapPost("/{id}/share", Share);
        forms.MapPost("/{id}/reviews/{markerId}", Review);
        forms.MapPost("/{id}/delete", Delete);

        var reads = app.MapGroup("/api/sessions").RequireAuthorization();
        reads.MapGet("/{id}/status", Status);
        reads.MapGet("/{id}/report.{format}", Download);
        reads.MapGet("/{id}/reviews.json", ReviewsJson);
    }

    /// <summary>The posted form; every field may be missing.</summary>
    public sealed class UploadForm
    {
        public string? Title { get; set; }

        public string? Pasted { get; set; }

        public string? Coach { get; set; }

        public string? Consent { get; set; }

        public string? Redact { get; set; }

        public string? RedactTerms { get; set; }
    }

    private static async Task<IResult> Upload(
        [FromForm] UploadForm form, IFormFile? file, ClaimsPrincipal principal, SessionService sessions, AnalysisQueue queue)
    {
        static IResult Back(string error, string? detail = null) => Results.Redirect("/sessions/new" + Http.Query(("error", error), ("detail", detail)));

        if (form.Consent is not ("on" or "true"))
        {
            return Back("consent");
        }

        string name;
        byte[] content;
        if (file is { Length: > 0 })
        {
            if (file.Length > UploadRules.MaxBytes)
            {
                return Back("too_large");
            }

            name = Path.GetFileName(file.FileName);
            if (!UploadRules.HasAllowedExtension(name))
            {
                return Back("type");
            }

            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer);
            content = buffer.ToArray();
        }
        else if (!string.IsNullOrWhiteSpace(form.Pasted))
        {
            name = "pasted.txt";
            content = Encoding.UTF8.GetBytes(form.Pasted);
            if (content.Length > UploadRules.MaxBytes)
            {
                return Back("too_large");
            }
        }
        else
        {
            return Back("empty");
        }

        try
        {
            var redaction = form.Redact is "on" or "true" ? RedactionOptions.FromTermsFile(form.RedactTerms ?? "") : null;
            var session = await sessions.Create(principal.UserId(), name, content, form.Title, form.Coach, consent: true, redaction);
            queue.Enqueue(session.Id);
            return Results.Redirect($"/sessions/{session.Id}");
        }
        catch (TranscriptException ex)
        {
            return Back("unreadable", ex.Problem);
        }
    }

    private static async Task<IResult> Status(string id, ClaimsPrincipal principal, SessionAccess access)
    {
        var (session, _) = await access.Find(principal.UserId(), id);
        return session is null ? Results.NotFound() : Results.Json(new { session.Status, session.Progress });
    }

    private static async Task<IResult> Reanalyze(
        string id, [FromForm] string? coach, ClaimsPrincipal principal, SessionAccess access, SessionService sessions, AnalysisQueue queue)
    {
        var (session, role) = await access.Find(principal.UserId(), id);
        if (session is null || role != Access.Owner)
        {
            return Results.NotFound();
        }

        await sessions.Requeue(session, coach);
        queue.Enqueue(session.Id);
        return Results.Redirect($"/sessions/{session.Id}");
    }

    private static async Task<IResult> Share(string id, [FromForm] string? mentorEmail, ClaimsPrincipal principal, SessionAccess access, Sharing sharing)
    {
        var (session, role) = await access.Find(principal.UserId(), id);
        if (session is null || role != Access.Owner)
        {
            return Results.NotFound();
        }

        var ok = await sharing.Share(session.OwnerId, mentorEmail, session.Id);
        return Results.Redirect($"/sessions/{session.Id}" + Http.Query(("share", ok ? "done" : "error"), ("mentor", ok ? mentorEmail : null)));
    }

    private static async Task<IResult> Review(
        string id, string markerId, [FromForm] string? verdict, [FromForm(Name = "override")] string? overrideStatus, [FromForm] string? comment, [FromForm] int? version,
        ClaimsPrincipal principal, SessionAccess access, SessionService sessions, Reviews reviews)
    {
        var (session, role) = await access.Find(principal.UserId(), id);
        if (session is null || role != Access.Mentor || !Analysis.Default.Rubric.Markers.Any(m => m.Id == markerId))
        {
            return Results.NotFound();
        }

        var versions = await sessions.Versions(session.Id);
        var target = versions.FirstOrDefault(v => v.Number == version) ?? versions.LastOrDefault();
        if (target is null)
        {
            return Results.NotFound();
        }

        await reviews.Save(session, target, principal.UserId(), markerId, verdict, overrideStatus, comment);
        return Results.Redirect($"/sessions/{session.Id}?v={target.Number}#marker-{markerId}");
    }

    private static async Task<IResult> Delete(string id, ClaimsPrincipal principal, SessionAccess access, SessionService sessions)
    {
        var (session, role) = await access.Find(principal.UserId(), id);
        if (session is null || role != Access.Owner)
        {
            return Results.NotFound();
        }

        await sessions.Delete(session, principal.UserId());
        return Results.Redirect("/sessions");
    }

    /// <summary>A report version in any format CoachLens renders (ExportRenderers.All), in the language the report was made in.</summary>
    private static async Task<IResult> Download(string id, string format, int? v, ClaimsPrincipal principal, SessionAccess access, SessionService sessions, AuditLog audit)
    {
        var (session, _) = await access.Find(principal.UserId(), id);
        var renderer = ExportRenderers.Find(format);
        if (session is null || renderer is null)
        {
            return Results.NotFound();
        }

        var versions = await sessions.Versions(session.Id);
        var version = versions.FirstOrDefault(x => x.Number == v) ?? versions.LastOrDefault();
        if (version is null)
        {
            return Results.NotFound();
        }

        var json = sessions.ReadJson(version);
        await audit.Write(AuditActions.Export, principal.UserId(), session.OwnerId, session.Id, $"report v{version.Number} as {format}");
        var name = $"{Path.GetFileNameWithoutExtension(session.FileName)}-v{version.Number}.{renderer.Extension}";
        byte[] bytes;
        try
        {
            // A format that needs an outside program (PDF needs Chromium) may not be available on this server.
            if (renderer is IRequiresProgram needs && needs.Missing() is { } hint)
            {
                throw new ExportException(hint);
            }

            var report = JsonReport.Read(json);
            bytes = renderer.Format == "json" ? Encoding.UTF8.GetBytes(json) : renderer.Render(report, Analysis.For(report.Language).Rubric);
        }
        catch (ExportException ex)
        {
            return Results.Problem(ex.Message, statusCode: StatusCodes.Status503ServiceUnavailable);
        }

        return Results.File(bytes, ContentTypes.GetValueOrDefault(renderer.Extension, "application/octet-stream"), name);
    }

    private static async Task<IResult> ReviewsJson(string id, ClaimsPrincipal principal, SessionAccess access, SessionService sessions, Reviews reviews, AuditLog audit)
    {
        var (session, _) = await access.Find(principal.UserId(), id);
        if (session is null)
        {
            return Results.NotFound();
        }

        var all = new List<object>();
        foreach (var version in await sessions.Versions(session.Id))
        {
            var report = sessions.Read(version);
            foreach (var (review, reviewer) in await reviews.Of(version.Id))
            {
                var automatic = report.Markers.FirstOrDefault(m => m.Id == review.MarkerId);
                all.Add(new
                {
                    ReportVersion = version.Number,
                    Marker = review.MarkerId,
                    Automatic = new { automatic?.Status, automatic?.Confidence, automatic?.Rationale },
                    Mentor = new { Name = reviewer, review.Verdict, review.OverrideStatus, review.Comment, review.UpdatedAt },
                });
            }
        }

        await audit.Write(AuditActions.Export, principal.UserId(), session.OwnerId, session.Id, "reviews as json");
        return Results.File(Encoding.UTF8.GetBytes(System.Text.Json.JsonSerializer.Serialize(all, JsonReport.Options)), "application/json", "reviews.json");
    }
}
