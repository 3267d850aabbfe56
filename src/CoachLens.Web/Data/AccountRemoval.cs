using Microsoft.EntityFrameworkCore;

namespace CoachLens.Web.Data;

/// <summary>
/// Deletes an account for real: its sessions (with reports, reviews and files), its shares both ways, the reviews
/// it wrote as a mentor, and the account itself. The audit log keeps its lines, which hold ids, never content.
/// </summary>
public sealed class AccountRemoval(AppDb db, SessionService sessions, AuditLog audit)
{
    public async Task Remove(AppUser user)
    {
        foreach (var session in await db.Sessions.Where(s => s.OwnerId == user.Id).ToListAsync())
        {
            await sessions.Delete(session, user.Id);
        }

        await db.Shares.Where(s => s.OwnerId == user.Id || s.MentorId == user.Id).ExecuteDeleteAsync();
        await db.Reviews.Where(r => r.ReviewerId == user.Id).ExecuteDeleteAsync();
        await audit.Write(AuditActions.AccountDeleted, user.Id, user.Id);

        // One statement; the database cascades to roles, claims, logins and tokens (see the migrations).
        await db.Users.Where(u => u.Id == user.Id).ExecuteDeleteAsync();
    }
}
