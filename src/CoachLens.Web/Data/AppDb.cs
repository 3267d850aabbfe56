using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace CoachLens.Web.Data;

/// <summary>
/// The one database: Identity's tables plus sessions, report versions, shares, reviews and the audit log.
/// The same model runs on SQLite and PostgreSQL; the schema comes from hand-written migrations (Data/Migrations).
/// </summary>
public sealed class AppDb(DbContextOptions<AppDb> options) : IdentityDbContext<AppUser>(options)
{
    public DbSet<CoachingSession> Sessions => Set<CoachingSession>();

    public DbSet<ReportVersion> Reports => Set<ReportVersion>();

    public DbSet<Share> Shares => Set<Share>();

    public DbSet<MarkerReview> Reviews => Set<MarkerReview>();

    public DbSet<AuditEntry> Audit => Set<AuditEntry>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<AppUser>(e =>
        {
            e.Property(u => u.DisplayName).HasMaxLength(100);
            e.Property(u => u.Language).HasMaxLength(8);
        });
        builder.Entity<CoachingSession>(e =>
        {
            e.ToTable("Sessions");
            e.Property(s => s.Id).HasMaxLength(32);
            e.HasIndex(s => s.OwnerId);
            e.HasOne<AppUser>().WithMany().HasForeignKey(s => s.OwnerId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<ReportVersion>(e =>
        {
            e.ToTable("Reports");
            e.Property(r => r.Id).HasMaxLength(32);
            e.HasIndex(r => new { r.SessionId, r.Number }).IsUnique();
            e.HasOne<CoachingSession>().WithMany().HasForeignKey(r => r.SessionId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<Share>(e =>
        {
            e.ToTable("Shares");
            e.Property(s => s.Id).HasMaxLength(32);
            e.HasIndex(s => s.MentorId);
            e.HasOne<AppUser>().WithMany().HasForeignKey(s => s.OwnerId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<AppUser>().WithMany().HasForeignKey(s => s.MentorId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<CoachingSession>().WithMany().HasForeignKey(s => s.SessionId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<MarkerReview>(e =>
        {
            e.ToTable("Reviews");
            e.Property(r => r.Id).HasMaxLength(32);
            e.HasIndex(r => new { r.ReportVersionId, r.MarkerId, r.ReviewerId }).IsUnique();
            e.HasOne<CoachingSession>().WithMany().HasForeignKey(r => r.SessionId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<ReportVersion>().WithMany().HasForeignKey(r => r.ReportVersionId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<AuditEntry>(e =>
        {
            e.ToTable("Audit");
            e.HasIndex(a => a.OwnerId);
        });
    }
}
