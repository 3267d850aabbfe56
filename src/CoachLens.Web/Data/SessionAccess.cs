using Microsoft.EntityFrameworkCore;

namespace CoachLens.Web.Data;

/// <summary>
/// The one place that decides who sees a session: its owner, and a mentor it was shared with (one session or
/// all of the owner's). Everyone else gets nothing, and callers answer 404 so a session's existence does not leak.
/// </summary>
public sealed class SessionAccess(AppDb db)
{
    public async Task<(CoachingSession? Session, Access Access)> Find(string? userId, string? sessionId)
    {
        if (userId is null || !Ids.IsWellFormed(sessionId))
        {
            return (null, Access.None);
        }

        var session = await db.Sessions.FirstOrDefaultAsync(s => s.Id == sessionId);
        if (session is null)
        {
            return (null, Access.None);
        }

        if (session.OwnerId == userId)
        {
            return (session, Access.Owner);
        }

        var shared = await db.Shares.AnyAsync(s => s.MentorId == userId && s.OwnerId == session.OwnerId && (s.SessionId == null || s.SessionId == session.Id));
        return shared ? (session, Access.Mentor) : (null, Access.None);
    }

    /// <summary>Sessions shared with a mentor, newest first.</summary>
    public Task<List<CoachingSession>> SharedWith(string mentorId) =>
        db.Sessions.AsNoTracking()
            .Where(s => db.Shares.Any(sh => sh.MentorId == mentorId && sh.OwnerId == s.OwnerId && (sh.SessionId == null || sh.SessionId == s.Id)))
            .OrderByDescending(s => s.CreatedAt)
            .ToListAsync();
}
