using System.IO.Compression;
using System.Text;
using System.Text.Json;
using CoachLens.Reports;
using Microsoft.EntityFrameworkCore;

namespace CoachLens.Web.Data;

/// <summary>"Export everything of mine": a zip of the account, each session's transcript, report versions, reviews, and the audit log.</summary>
public sealed class AccountExport(AppDb db, SessionService sessions, AuditLog audit)
{
    private static readonly JsonSerializerOptions Json = JsonReport.Options;

    public async Task<byte[]> Zip(string userId)
    {
        var user = await db.Users.AsNoTracking().FirstAsync(u => u.Id == userId);
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "account.json", JsonSerializer.Serialize(new
            {
                user.Email,
                user.DisplayName,
                user.Language,
                user.RetentionDays,
                user.CreatedAt,
                Roles = await db.UserRoles.Where(r => r.UserId == userId).Join(db.Roles, r => r.RoleId, r => r.Id, (_, r) => r.Name).ToListAsync(),
            }, Json));
            var owned = await db.Sessions.AsNoTracking().Where(s => s.OwnerId == userId).OrderBy(s => s.CreatedAt).ToListAsync();
            foreach (var session in owned)
            {
                var folder = $"sessions/{session.Id}/";
                Add(zip, folder + "session.json", JsonSerializer.Serialize(session, Json));
                Add(zip, folder + "transcript-" + session.FileName, await sessions.Transcript(session.Id));
                foreach (var version in await sessions.Versions(session.Id))
                {
                    var json = sessions.ReadJson(version);
                    var report = JsonReport.Read(json);
                    var rubric = Analysis.For(report.Language).Rubric;
                    Add(zip, $"{folder}report-v{version.Number}.json", json);
                    Add(zip, $"{folder}report-v{version.Number}.md", MarkdownReport.Write(report, rubric));
                    Add(zip, $"{folder}report-v{version.Number}.html", Reports.Html.HtmlReport.Write(report, rubric));
                }

                var reviews = await db.Reviews.AsNoTracking().Where(r => r.SessionId == session.Id).ToListAsync();
                Add(zip, folder + "reviews.json", JsonSerializer.Serialize(reviews, Json));
            }

            var given = await db.Reviews.AsNoTracking().Where(r => r.ReviewerId == userId).ToListAsync();
            Add(zip, "reviews-given.json", JsonSerializer.Serialize(given, Json));
            Add(zip, "audit.json", JsonSerializer.Serialize(await audit.For(userId, int.MaxValue), Json));
        }

        return buffer.ToArray();
    }

    private static void Add(ZipArchive zip, string name, string text) => Add(zip, name, Encoding.UTF8.GetBytes(text));

    private static void Add(ZipArchive zip, string name, byte[] content)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        using var stream = entry.Open();
        stream.Write(content);
    }
}
