using CoachLens.Web.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CoachLens.Web.Setup;

/// <summary>The database (SQLite in the data directory, or PostgreSQL), the encryption keys and the stores.</summary>
public static class StorageSetup
{
    public static WebApplicationBuilder AddCoachLensStorage(this WebApplicationBuilder builder, CoachLensOptions options)
    {
        PrepareDataDir(options.DataDir);
        builder.Services.AddDbContext<AppDb>(db =>
        {
            if (options.UsesPostgres)
            {
                db.UseNpgsql(options.Postgres);
            }
            else
            {
                db.UseSqlite($"Data Source={Path.Combine(options.DataDir, "coachlens.db")}");
            }

            // The migrations are written by hand, without EF's model snapshot; the tests check the schema works.
            db.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
        });
        builder.Services.AddDataProtection()
            .SetApplicationName("CoachLens")
            .PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(options.DataDir, "keys")));
        builder.Services.AddSingleton<TranscriptStore>();
        builder.Services.AddScoped<AuditLog>();
        builder.Services.AddScoped<SessionAccess>();
        builder.Services.AddScoped<SessionService>();
        builder.Services.AddScoped<Sharing>();
        builder.Services.AddScoped<AccountExport>();
        builder.Services.AddScoped<Reviews>();
        return builder;
    }

    /// <summary>Applies the migrations and creates the three roles.</summary>
    public static async Task MigrateCoachLensDatabase(this WebApplication app)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDb>();
        await db.Database.MigrateAsync();
        var roles = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.RoleManager<Microsoft.AspNetCore.Identity.IdentityRole>>();
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new Microsoft.AspNetCore.Identity.IdentityRole(role));
            }
        }
    }

    /// <summary>The data directory holds client data and keys: only its owner may read it.</summary>
    private static void PrepareDataDir(string dir)
    {
        Directory.CreateDirectory(dir);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(dir, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }
}
