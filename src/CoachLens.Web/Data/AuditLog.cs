using Microsoft.EntityFrameworkCore;

namespace CoachLens.Web.Data;

/// <summary>Appends to the audit log. There is deliberately no way to change or remove a line.</summary>
public sealed class AuditLog(AppDb db, TimeProvider time)
{
    public async Task Write(string action, string? actorId, string? ownerId, string? sessionId = null, string? detail = null)
    {
        db.Audit.Add(new AuditEntry
        {
            At = time.GetUtcNow().UtcDateTime,
            Action = action,
            ActorId = actorId,
            OwnerId = ownerId,
            SessionId = sessionId,
            Detail = detail,
        });
        await db.SaveChangesAsync();
    }

    /// <summary>What the account holder sees: what they did and what was done with their data.</summary>
    public Task<List<AuditEntry>> For(string userId, int take = 500) =>
        db.Audit.AsNoTracking().Where(a => a.OwnerId == userId || a.ActorId == userId)
            .OrderByDescending(a => a.Id).Take(take).ToListAsync();

    public Task<List<AuditEntry>> All(int take = 1000) =>
        db.Audit.AsNoTracking().OrderByDescending(a => a.Id).Take(take).ToListAsync();
}
