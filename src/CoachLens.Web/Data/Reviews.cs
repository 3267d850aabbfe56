using CoachLens.Scoring;
using Microsoft.EntityFrameworkCore;

namespace CoachLens.Web.Data;

/// <summary>Mentor reviews: one per marker, report version and mentor; saving again replaces the mentor's earlier review.</summary>
public sealed class Reviews(AppDb db, AuditLog audit, TimeProvider time)
{
    public static IReadOnlyList<string> Verdicts { get; } = ["agree", "disagree"];

    public static IReadOnlyList<string> Statuses { get; } =
        [MarkerStatus.Observed, MarkerStatus.Partial, MarkerStatus.NotObserved, MarkerStatus.NotAssessable];

    public async Task<bool> Save(CoachingSession session, ReportVersion version, string reviewerId, string markerId, string? verdict, string? overrideStatus, string? comment)
    {
        if (verdict is null || !Verdicts.Contains(verdict) || (overrideStatus is { Length: > 0 } && !Statuses.Contains(overrideStatus)))
        {
            return false;
        }

        var review = await db.Reviews.FirstOrDefaultAsync(r => r.ReportVersionId == version.Id && r.MarkerId == markerId && r.ReviewerId == reviewerId);
        if (review is null)
        {
            review = new MarkerReview { SessionId = session.Id, ReportVersionId = version.Id, MarkerId = markerId, ReviewerId = reviewerId };
            db.Reviews.Add(review);
        }

        review.Verdict = verdict;
        review.OverrideStatus = string.IsNullOrEmpty(overrideStatus) ? null : overrideStatus;
        review.Comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim()[..Math.Min(comment.Trim().Length, 4000)];
        review.UpdatedAt = time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync();
        await audit.Write(AuditActions.Review, reviewerId, session.OwnerId, session.Id, $"marker {markerId}: {verdict}");
        return true;
    }

    /// <summary>The reviews of one report version with the reviewer's name.</summary>
    public async Task<List<(MarkerReview Review, string Reviewer)>> Of(string reportVersionId)
    {
        var rows = await db.Reviews.AsNoTracking().Where(r => r.ReportVersionId == reportVersionId)
            .Join(db.Users, r => r.ReviewerId, u => u.Id, (r, u) => new { Review = r, u.DisplayName })
            .ToListAsync();
        return rows.OrderBy(x => x.Review.MarkerId, StringComparer.Ordinal).Select(x => (x.Review, x.DisplayName)).ToList();
    }
}
