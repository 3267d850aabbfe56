using Npgsql;

namespace CoachLens.Web.Tests.Support;

/// <summary>
/// The PostgreSQL server ./scripts/test starts on loopback (scripts/services/postgres.sh), named by
/// COACHLENS_TEST_PG. Each test app gets a database of its own, dropped afterwards.
/// </summary>
public static class TestPostgres
{
    public const string Variable = "COACHLENS_TEST_PG";

    public static string? Server => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } s ? s : null;

    public static string SkipReason =>
        $"SKIPPED: PostgreSQL is not available ({Variable} is not set). ./scripts/test starts one with scripts/services/postgres.sh.";

    public static string CreateDatabase()
    {
        var name = "coachlens_test_" + Guid.NewGuid().ToString("N")[..12];
        using (var admin = new NpgsqlConnection(Server))
        {
            admin.Open();
            using var create = new NpgsqlCommand($"CREATE DATABASE {name}", admin);
            create.ExecuteNonQuery();
        }

        return new NpgsqlConnectionStringBuilder(Server) { Database = name, Pooling = false }.ConnectionString;
    }

    public static void DropDatabase(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        using var admin = new NpgsqlConnection(Server);
        admin.Open();
        using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", admin);
        drop.ExecuteNonQuery();
    }
}
