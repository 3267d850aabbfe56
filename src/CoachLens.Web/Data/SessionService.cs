using CoachLens.Privacy;
using CoachLens.Reports;
using CoachLens.Transcripts;
using CoachLens.Transcripts.Writers;
using Microsoft.EntityFrameworkCore;

namespace CoachLens.Web.Data;

/// <summary>Creates, analyzes, reads and deletes sessions with everything that belongs to them.</summary>
public sealed class SessionService(AppDb db, TranscriptStore store, AuditLog audit, TimeProvider time)
{
    /// <summary>
    /// Reads the transcript first, so an unreadable upload is refused at once with the reader's one-line reason.
    /// With redaction, only the redacted transcript (CoachLens' JSON transcript format) is stored.
    /// </summary>
    public async Task<CoachingSession> Create(string ownerId, string fileName, byte[] content, string? title, string? coachSpeaker, bool consent, RedactionOptions? redaction = null)
    {
        var transcript = TranscriptLoader.Load(content, fileName, new ReadOptions(NullIfBlank(coachSpeaker)));
        if (redaction is not null)
        {
            var redacted = Redactor.Redact(transcript, redaction);
            content = new JsonTranscriptWriter().Write(redacted);
            fileName = Path.ChangeExtension(redacted.Source, ".json");
        }

        var now = time.GetUtcNow().UtcDateTime;
        var session = new CoachingSession
        {
            OwnerId = ownerId,
            FileName = Path.GetFileName(fileName),
            Title = NullIfBlank(title) ?? Path.GetFileNameWithoutExtension(fileName),
            CoachSpeaker = NullIfBlank(coachSpeaker),
            Consent = consent,
            ConsentAt = now,
            Redacted = redaction is not null,
            CreatedAt = now,
            Status = AnalysisStatus.Queued,
        };
        await store.Save(session.Id, content);
        db.Sessions.Add(session);
        await db.SaveChangesAsync();
        await audit.Write(AuditActions.Upload, ownerId, ownerId, session.Id, $"{content.Length} bytes{(session.Redacted ? ", redacted" : "")}");
        return session;
    }

    /// <summary>Runs the analysis and stores a new report version; earlier versions stay.</summary>
    public async Task Analyze(string sessionId, CancellationToken ct)
    {
        var session = await db.Sessions.FirstOrDefaultAsync(s => s.Id == sessionId, ct);

        // Deleted meanwhile, or queued twice: nothing to do.
        if (session is null || session.Status is AnalysisStatus.Done or AnalysisStatus.Failed)
        {
            return;
        }

        session.Status = AnalysisStatus.Running;
        session.Progress = 10;
        session.Error = null;
        await db.SaveChangesAsync(ct);
        try
        {
            var content = await store.Load(sessionId, ct);
            await Step(session, 30, ct);
            var transcript = TranscriptLoader.Load(content, session.FileName, new ReadOptions(session.CoachSpeaker));
            // The report's own words (rationales, feedback, rubric texts) in the owner's language.
            var language = await db.Users.Where(u => u.Id == session.OwnerId).Select(u => u.Language).FirstAsync(ct);
            var report = Analysis.For(Setup.UiStrings.Normalize(language)).Analyze(transcript);
            await Step(session, 70, ct);
            var json = JsonReport.Write(report);
            var number = 1 + (await db.Reports.Where(r => r.SessionId == sessionId).MaxAsync(r => (int?)r.Number, ct) ?? 0);
            db.Reports.Add(new ReportVersion
            {
                SessionId = sessionId,
                Number = number,
                CreatedAt = time.GetUtcNow().UtcDateTime,
                ToolVersion = report.Tool.Version,
                RubricVersion = $"{report.Rubric.Id} {report.Rubric.Version}",
                ProtectedJson = store.Protect(json),
                Summary = System.Text.Json.JsonSerializer.Serialize(ReportSummary.Of(report) with { Trust = TrustMeasures.FromReportJson(json) }, JsonReport.Options),
            });
            session.Status = AnalysisStatus.Done;
            session.Progress = 100;
            await db.SaveChangesAsync(ct);
            await audit.Write(AuditActions.Analysis, null, session.OwnerId, sessionId, $"report version {number}");
        }
        catch (TranscriptException ex)
        {
            await Fail(session, ex.Problem);
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            await Fail(session, "the stored transcript cannot be decrypted (were the keys in the data directory replaced?)");
        }
    }

    public async Task Requeue(CoachingSession session, string? coachSpeaker)
    {
        session.CoachSpeaker = NullIfBlank(coachSpeaker) ?? session.CoachSpeaker;
        session.Status = AnalysisStatus.Queued;
        session.Progress = 0;
        session.Error = null;
        await db.SaveChangesAsync();
    }

    public Task<List<ReportVersion>> Versions(string sessionId) =>
        db.Reports.AsNoTracking().Where(r => r.SessionId == sessionId).OrderBy(r => r.Number).ToListAsync();

    public AnalysisReport Read(ReportVersion version) => JsonReport.Read(store.Unprotect(version.ProtectedJson));

    public string ReadJson(ReportVersion version) => store.Unprotect(version.ProtectedJson);

    public Task<byte[]> Transcript(string sessionId) => store.Load(sessionId);

    /// <summary>Deletes the session for real: reviews, shares, report versions, the row and the encrypted file.</summary>
    public async Task Delete(CoachingSession session, string? actorId, string action = AuditActions.Delete)
    {
        await db.Reviews.Where(r => r.SessionId == session.Id).ExecuteDeleteAsync();
        await db.Shares.Where(s => s.SessionId == session.Id).ExecuteDeleteAsync();
        await db.Reports.Where(r => r.SessionId == session.Id).ExecuteDeleteAsync();
        await db.Sessions.Where(s => s.Id == session.Id).ExecuteDeleteAsync();
        store.Delete(session.Id);
        await audit.Write(action, actorId, session.OwnerId, session.Id);
    }

    private async Task Step(CoachingSession session, int progress, CancellationToken ct)
    {
        session.Progress = progress;
        await db.SaveChangesAsync(ct);
    }

    private async Task Fail(CoachingSession session, string reason)
    {
        session.Status = AnalysisStatus.Failed;
        session.Error = reason;
        session.Progress = 100;
        await db.SaveChangesAsync();
        await audit.Write(AuditActions.AnalysisFailed, null, session.OwnerId, session.Id);
    }

    private static string? NullIfBlank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
