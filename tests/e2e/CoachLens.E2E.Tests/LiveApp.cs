using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Playwright;
using Npgsql;

namespace CoachLens.E2E.Tests;

/// <summary>
/// The app on a real loopback port (Kestrel), with its own data directory and database, and Debian's Chromium
/// driven by Playwright. Without Chromium or (for the PostgreSQL run) a PostgreSQL server, tests say so and skip.
/// </summary>
public abstract class LiveApp(bool postgres) : IAsyncLifetime
{
    public const string Chromium = "/usr/bin/chromium";

    private WebApplicationFactory<Program>? factory;
    private IPlaywright? playwright;
    private string? database;

    public string DataDir { get; } = Path.Combine(Path.GetTempPath(), "coachlens-e2e", Guid.NewGuid().ToString("N"));

    public string BaseUrl { get; private set; } = "";

    public IBrowser Browser { get; private set; } = default!;

    public string DatabaseName => postgres ? "postgres" : "sqlite";

    public string? SkipReason { get; private set; }

    public async ValueTask InitializeAsync()
    {
        var server = Environment.GetEnvironmentVariable("COACHLENS_TEST_PG");
        if (!File.Exists(Chromium))
        {
            SkipReason = $"SKIPPED: Chromium is not installed at {Chromium}; ./scripts/test installs it (scripts/test-packages).";
            return;
        }

        if (postgres && string.IsNullOrEmpty(server))
        {
            SkipReason = "SKIPPED: PostgreSQL is not available (COACHLENS_TEST_PG is not set); ./scripts/test starts one.";
            return;
        }

        if (postgres)
        {
            database = CreateDatabase(server!);
        }

        var port = FreePort();
        BaseUrl = $"http://127.0.0.1:{port}";
        factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseUrls(BaseUrl);
            b.UseSetting("CoachLens:DataDir", DataDir);
            if (database is not null)
            {
                b.UseSetting("CoachLens:Postgres", database);
            }
        });
        factory.UseKestrel();
        factory.StartServer();
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        playwright?.Dispose();
        if (factory is not null)
        {
            await factory.DisposeAsync();
        }

        if (database is not null)
        {
            DropDatabase(Environment.GetEnvironmentVariable("COACHLENS_TEST_PG")!, database);
        }

        if (Directory.Exists(DataDir))
        {
            Directory.Delete(DataDir, recursive: true);
        }

        GC.SuppressFinalize(this);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string CreateDatabase(string server)
    {
        var name = "coachlens_e2e_" + Guid.NewGuid().ToString("N")[..12];
        using var admin = new NpgsqlConnection(server);
        admin.Open();
        using var create = new NpgsqlCommand($"CREATE DATABASE {name}", admin);
        create.ExecuteNonQuery();
        return new NpgsqlConnectionStringBuilder(server) { Database = name, Pooling = false }.ConnectionString;
    }

    private static void DropDatabase(string server, string connectionString)
    {
        using var admin = new NpgsqlConnection(server);
        admin.Open();
        using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {new NpgsqlConnectionStringBuilder(connectionString).Database} WITH (FORCE)", admin);
        drop.ExecuteNonQuery();
    }
}

public sealed class SqliteLiveApp() : LiveApp(postgres: false);

public sealed class PostgresLiveApp() : LiveApp(postgres: true);
