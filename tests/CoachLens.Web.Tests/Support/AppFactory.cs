using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace CoachLens.Web.Tests.Support;

/// <summary>
/// The app in memory with its own data directory and database (a SQLite file, or a fresh PostgreSQL database),
/// every log line captured and a clock the test controls.
/// </summary>
public class AppFactory(Database database, int signInPerMinute = 1000) : WebApplicationFactory<Program>
{
    private string? postgres;

    public Database Database { get; } = database;

    public string DataDir { get; } = Path.Combine(Path.GetTempPath(), "coachlens-web-tests", Guid.NewGuid().ToString("N"));

    public LogSink Logs { get; } = new();

    public ManualTime Time { get; } = new();

    /// <summary>True when this database can run here; PostgreSQL needs COACHLENS_TEST_PG.</summary>
    public bool Available => Database == Database.Sqlite || TestPostgres.Server is not null;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("CoachLens:DataDir", DataDir);
        builder.UseSetting("CoachLens:SignInPerMinute", signInPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (Database == Database.Postgres)
        {
            postgres = TestPostgres.CreateDatabase();
            builder.UseSetting("CoachLens:Postgres", postgres);
        }

        builder.ConfigureLogging(l => l.AddProvider(Logs).SetMinimumLevel(LogLevel.Trace));
        builder.ConfigureServices(s => s.Replace(ServiceDescriptor.Singleton<TimeProvider>(Time)));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (postgres is not null)
        {
            TestPostgres.DropDatabase(postgres);
            postgres = null;
        }

        if (Directory.Exists(DataDir))
        {
            Directory.Delete(DataDir, recursive: true);
        }
    }
}

/// <summary>xunit class fixtures, one per database.</summary>
public sealed class SqliteApp() : AppFactory(Database.Sqlite);

public sealed class PostgresApp() : AppFactory(Database.Postgres);
