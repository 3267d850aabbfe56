using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace CoachLens.Web.Data.Migrations;

/// <summary>
/// The first schema, written by hand (EF's design-time tools are not used). Column types are left to the
/// provider, so the same migration builds the SQLite and the PostgreSQL schema.
/// </summary>
[DbContext(typeof(AppDb))]
[Migration("20261122000001_Initial")]
public sealed class M001Initial : Migration
{
    private const string Sqlite = "Microsoft.EntityFrameworkCore.Sqlite";

    protected override void Up(MigrationBuilder b)
    {
        CreateIdentityTables(b);
        b.CreateTable(
            name: "Sessions",
            columns: t => new
            {
                Id = t.Column<string>(maxLength: 32, nullable: false),
                OwnerId = t.Column<string>(nullable: false),
                Title = t.Column<string>(nullable: false),
                FileName = t.Column<string>(nullable: false),
                CoachSpeaker = t.Column<string>(nullable: true),
                Consent = t.Column<bool>(nullable: false),
                ConsentAt = t.Column<DateTime>(nullable: false),
                CreatedAt = t.Column<DateTime>(nullable: false),
                Status = t.Column<string>(nullable: false),
                Progress = t.Column<int>(nullable: false),
                Error = t.Column<string>(nullable: true),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_Sessions", x => x.Id);
                t.ForeignKey("FK_Sessions_AspNetUsers_OwnerId", x => x.OwnerId, "AspNetUsers", "Id", onDelete: ReferentialAction.Cascade);
            });
        b.CreateIndex("IX_Sessions_OwnerId", "Sessions", "OwnerId");

        b.CreateTable(
            name: "Reports",
            columns: t => new
            {
                Id = t.Column<string>(maxLength: 32, nullable: false),
                SessionId = t.Column<string>(maxLength: 32, nullable: false),
                Number = t.Column<int>(nullable: false),
                CreatedAt = t.Column<DateTime>(nullable: false),
                ToolVersion = t.Column<string>(nullable: false),
                RubricVersion = t.Column<string>(nullable: false),
                ProtectedJson = t.Column<byte[]>(nullable: false),
                Summary = t.Column<string>(nullable: false),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_Reports", x => x.Id);
                t.ForeignKey("FK_Reports_Sessions_SessionId", x => x.SessionId, "Sessions", "Id", onDelete: ReferentialAction.Cascade);
            });
        b.CreateIndex("IX_Reports_SessionId_Number", "Reports", ["SessionId", "Number"], unique: true);

        b.CreateTable(
            name: "Shares",
            columns: t => new
            {
                Id = t.Column<string>(maxLength: 32, nullable: false),
                OwnerId = t.Column<string>(nullable: false),
                MentorId = t.Column<string>(nullable: false),
                SessionId = t.Column<string>(maxLength: 32, nullable: true),
                CreatedAt = t.Column<DateTime>(nullable: false),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_Shares", x => x.Id);
                t.ForeignKey("FK_Shares_AspNetUsers_OwnerId", x => x.OwnerId, "AspNetUsers", "Id", onDelete: ReferentialAction.Cascade);
                t.ForeignKey("FK_Shares_AspNetUsers_MentorId", x => x.MentorId, "AspNetUsers", "Id", onDelete: ReferentialAction.Cascade);
                t.ForeignKey("FK_Shares_Sessions_SessionId", x => x.SessionId, "Sessions", "Id", onDelete: ReferentialAction.Cascade);
            });
        b.CreateIndex("IX_Shares_MentorId", "Shares", "MentorId");
        b.CreateIndex("IX_Shares_OwnerId", "Shares", "OwnerId");
        b.CreateIndex("IX_Shares_SessionId", "Shares", "SessionId");

        b.CreateTable(
            name: "Reviews",
            columns: t => new
            {
                Id = t.Column<string>(maxLength: 32, nullable: false),
                SessionId = t.Column<string>(maxLength: 32, nullable: false),
                ReportVersionId = t.Column<string>(maxLength: 32, nullable: false),
                MarkerId = t.Column<string>(nullable: false),
                ReviewerId = t.Column<string>(nullable: false),
                Verdict = t.Column<string>(nullable: false),
                OverrideStatus = t.Column<string>(nullable: true),
                Comment = t.Column<string>(nullable: true),
                UpdatedAt = t.Column<DateTime>(nullable: false),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_Reviews", x => x.Id);
                t.ForeignKey("FK_Reviews_Sessions_SessionId", x => x.SessionId, "Sessions", "Id", onDelete: ReferentialAction.Cascade);
                t.ForeignKey("FK_Reviews_Reports_ReportVersionId", x => x.ReportVersionId, "Reports", "Id", onDelete: ReferentialAction.Cascade);
            });
        b.CreateIndex("IX_Reviews_ReportVersionId_MarkerId_ReviewerId", "Reviews", ["ReportVersionId", "MarkerId", "ReviewerId"], unique: true);
        b.CreateIndex("IX_Reviews_SessionId", "Reviews", "SessionId");

        b.CreateTable(
            name: "Audit",
            columns: t => new
            {
                Id = t.Column<long>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                At = t.Column<DateTime>(nullable: false),
                ActorId = t.Column<string>(nullable: true),
                OwnerId = t.Column<string>(nullable: true),
                Action = t.Column<string>(nullable: false),
                SessionId = t.Column<string>(nullable: true),
                Detail = t.Column<string>(nullable: true),
            },
            constraints: t => t.PrimaryKey("PK_Audit", x => x.Id));
        b.CreateIndex("IX_Audit_OwnerId", "Audit", "OwnerId");
        MakeAuditAppendOnly(b);
    }

    protected override void Down(MigrationBuilder b)
    {
        foreach (var table in new[] { "Audit", "Reviews", "Shares", "Reports", "Sessions", "AspNetRoleClaims", "AspNetUserClaims", "AspNetUserLogins", "AspNetUserRoles", "AspNetUserTokens", "AspNetRoles", "AspNetUsers" })
        {
            b.DropTable(table);
        }
    }

    /// <summary>The database itself refuses to change or remove audit lines, whoever asks.</summary>
    private void MakeAuditAppendOnly(MigrationBuilder b)
    {
        if (ActiveProvider == Sqlite)
        {
            b.Sql("CREATE TRIGGER audit_no_update BEFORE UPDATE ON \"Audit\" BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;");
            b.Sql("CREATE TRIGGER audit_no_delete BEFORE DELETE ON \"Audit\" BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;");
        }
        else
        {
            b.Sql("""
                CREATE FUNCTION audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN RAISE EXCEPTION 'the audit log is append-only'; END; $$;
                """);
            b.Sql("CREATE TRIGGER audit_no_change BEFORE UPDATE OR DELETE ON \"Audit\" FOR EACH ROW EXECUTE FUNCTION audit_append_only();");
        }
    }

    private static void CreateIdentityTables(MigrationBuilder b)
    {
        b.CreateTable(
            name: "AspNetRoles",
            columns: t => new
            {
                Id = t.Column<string>(nullable: false),
                Name = t.Column<string>(maxLength: 256, nullable: true),
                NormalizedName = t.Column<string>(maxLength: 256, nullable: true),
                ConcurrencyStamp = t.Column<string>(nullable: true),
            },
            constraints: t => t.PrimaryKey("PK_AspNetRoles", x => x.Id));
        b.CreateIndex("RoleNameIndex", "AspNetRoles", "NormalizedName", unique: true);

        b.CreateTable(
            name: "AspNetUsers",
            columns: t => new
            {
                Id = t.Column<string>(nullable: false),
                DisplayName = t.Column<string>(maxLength: 100, nullable: false),
                Language = t.Column<string>(maxLength: 8, nullable: false),
                RetentionDays = t.Column<int>(nullable: true),
                CreatedAt = t.Column<DateTime>(nullable: false),
                UserName = t.Column<string>(maxLength: 256, nullable: true),
                NormalizedUserName = t.Column<string>(maxLength: 256, nullable: true),
                Email = t.Column<string>(maxLength: 256, nullable: true),
                NormalizedEmail = t.Column<string>(maxLength: 256, nullable: true),
                EmailConfirmed = t.Column<bool>(nullable: false),
                PasswordHash = t.Column<string>(nullable: true),
                SecurityStamp = t.Column<string>(nullable: true),
                ConcurrencyStamp = t.Column<string>(nullable: true),
                PhoneNumber = t.Column<string>(nullable: true),
                PhoneNumberConfirmed = t.Column<bool>(nullable: false),
                TwoFactorEnabled = t.Column<bool>(nullable: false),
                LockoutEnd = t.Column<DateTimeOffset>(nullable: true),
                LockoutEnabled = t.Column<bool>(nullable: false),
                AccessFailedCount = t.Column<int>(nullable: false),
            },
            constraints: t => t.PrimaryKey("PK_AspNetUsers", x => x.Id));
        b.CreateIndex("EmailIndex", "AspNetUsers", "NormalizedEmail");
        b.CreateIndex("UserNameIndex", "AspNetUsers", "NormalizedUserName", unique: true);

        b.CreateTable(
            name: "AspNetRoleClaims",
            columns: t => new
            {
                Id = t.Column<int>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                RoleId = t.Column<string>(nullable: false),
                ClaimType = t.Column<string>(nullable: true),
                ClaimValue = t.Column<string>(nullable: true),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_AspNetRoleClaims", x => x.Id);
                t.ForeignKey("FK_AspNetRoleClaims_AspNetRoles_RoleId", x => x.RoleId, "AspNetRoles", "Id", onDelete: ReferentialAction.Cascade);
            });
        b.CreateIndex("IX_AspNetRoleClaims_RoleId", "AspNetRoleClaims", "RoleId");

        b.CreateTable(
            name: "AspNetUserClaims",
            columns: t => new
            {
                Id = t.Column<int>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                UserId = t.Column<string>(nullable: false),
                ClaimType = t.Column<string>(nullable: true),
                ClaimValue = t.Column<string>(nullable: true),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_AspNetUserClaims", x => x.Id);
                t.ForeignKey("FK_AspNetUserClaims_AspNetUsers_UserId", x => x.UserId, "AspNetUsers", "Id", onDelete: ReferentialAction.Cascade);
            });
        b.CreateIndex("IX_AspNetUserClaims_UserId", "AspNetUserClaims", "UserId");

        b.CreateTable(
            name: "AspNetUserLogins",
            columns: t => new
            {
                LoginProvider = t.Column<string>(nullable: false),
                ProviderKey = t.Column<string>(nullable: false),
                ProviderDisplayName = t.Column<string>(nullable: true),
                UserId = t.Column<string>(nullable: false),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_AspNetUserLogins", x => new { x.LoginProvider, x.ProviderKey });
                t.ForeignKey("FK_AspNetUserLogins_AspNetUsers_UserId", x => x.UserId, "AspNetUsers", "Id", onDelete: ReferentialAction.Cascade);
            });
        b.CreateIndex("IX_AspNetUserLogins_UserId", "AspNetUserLogins", "UserId");

        b.CreateTable(
            name: "AspNetUserRoles",
            columns: t => new
            {
                UserId = t.Column<string>(nullable: false),
                RoleId = t.Column<string>(nullable: false),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_AspNetUserRoles", x => new { x.UserId, x.RoleId });
                t.ForeignKey("FK_AspNetUserRoles_AspNetRoles_RoleId", x => x.RoleId, "AspNetRoles", "Id", onDelete: ReferentialAction.Cascade);
                t.ForeignKey("FK_AspNetUserRoles_AspNetUsers_UserId", x => x.UserId, "AspNetUsers", "Id", onDelete: ReferentialAction.Cascade);
            });
        b.CreateIndex("IX_AspNetUserRoles_RoleId", "AspNetUserRoles", "RoleId");

        b.CreateTable(
            name: "AspNetUserTokens",
            columns: t => new
            {
                UserId = t.Column<string>(nullable: false),
                LoginProvider = t.Column<string>(nullable: false),
                Name = t.Column<string>(nullable: false),
                Value = t.Column<string>(nullable: true),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_AspNetUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                t.ForeignKey("FK_AspNetUserTokens_AspNetUsers_UserId", x => x.UserId, "AspNetUsers", "Id", onDelete: ReferentialAction.Cascade);
            });
    }
}
