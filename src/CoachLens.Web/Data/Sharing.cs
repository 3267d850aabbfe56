using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CoachLens.Web.Data;

/// <summary>A coach shares one session, or all, with a mentor account named by its email.</summary>
public sealed class Sharing(AppDb db, UserManager<AppUser> users, AuditLog audit, TimeProvider time)
{
    /// <summary>False when no mentor account has that email.</summary>
    public async Task<bool> Share(string ownerId, string? mentorEmail, string? sessionId)
    {
        var mentor = string.IsNullOrWhiteSpace(mentorEmail) ? null : await users.FindByEmailAsync(mentorEmail.Trim());
        if (mentor is null || mentor.Id == ownerId || !await users.IsInRoleAsync(mentor, Roles.Mentor))
        {
            return false;
        }

        var exists = await db.Shares.AnyAsync(s => s.OwnerId == ownerId && s.MentorId == mentor.Id && s.SessionId == sessionId);
        if (!exists)
        {
            db.Shares.Add(new Share { OwnerId = ownerId, MentorId = mentor.Id, SessionId = sessionId, CreatedAt = time.GetUtcNow().UtcDateTime });
            await db.SaveChangesAsync();
            await audit.Write(AuditActions.Share, ownerId, ownerId, sessionId, $"with {mentor.Email}");
        }

        return true;
    }

    public async Task Unshare(string ownerId, string shareId)
    {
        var share = await db.Shares.FirstOrDefaultAsync(s => s.Id == shareId && s.OwnerId == ownerId);
        if (share is null)
        {
            return;
        }

        db.Shares.Remove(share);
        await db.SaveChangesAsync();
        await audit.Write(AuditActions.Unshare, ownerId, ownerId, share.SessionId);
    }

    /// <summary>The owner's shares with the mentor's name and email, for the account page.</summary>
    public async Task<List<(Share Share, string Mentor)>> Of(string ownerId)
    {
        var rows = await db.Shares.AsNoTracking().Where(s => s.OwnerId == ownerId)
            .Join(db.Users, s => s.MentorId, u => u.Id, (s, u) => new { Share = s, u.DisplayName, u.Email })
            .ToListAsync();
        return rows.OrderBy(x => x.Share.CreatedAt).Select(x => (x.Share, $"{x.DisplayName} <{x.Email}>")).ToList();
    }
}
