using CoachLens.Web.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;

namespace CoachLens.Web.Setup;

/// <summary>The database (SQLite in the data directory, or PostgreSQL), the encryption keys and the stores.</summary>
public static class StorageSetup
{
    public static WebApplicationBuilder AddCoachLensStorage(this WebApplicationBuilder builder)
    {
        builder.Services.AddDbContext<AppDb>((services, db) =>
        {
            var options = services.GetRequiredService<IOptions<CoachLensOptions>>().Value;
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
        builder.Services.AddDataProtection().SetApplicationName("CoachLens");
        builder.Services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(services => new ConfigureOptions<KeyManagementOptions>(o =>
        {
            var dir = services.GetRequiredService<IOptions<CoachLensOptions>>().Value.DataDir;
            o.XmlRepository = new FileSystemXmlRepository(new DirectoryInfo(Path.Combine(dir, "keys")), services.GetRequiredService<ILoggerFactory>());
        }));
        builder.Services.AddSingleton<TranscriptStore>();
        builder.Services.AddScoped<AuditLog>();
        builder.Services.AddScoped<SessionAccess>();
        builder.Services.AddScoped<SessionService>();
        builder.Services.AddScoped<Sharing>();
        builder.Services.AddScoped<AccountExport>();
        builder.Services.AddScoped<Reviews>();
        builder.Services.AddScoped<AccountRemoval>();
        return builder;
    }

    /// <summary>Applies the migrations and creates the three roles.</summary>
    public static async Task MigrateCoachLensDatabase(this WebApplication app)
    {
        PrepareDataDir(app.Services.GetRequiredService<IOptions<CoachLensOptions>>().Value.DataDir);
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
