using Npgsql;
using Xunit;

namespace CallCenter.Testing;

/// <summary>
/// A fresh PostgreSQL database on the cluster that test.sh started, created for one test class and dropped after it.
/// The admin connection string comes from CALLCENTER_TEST_DB; without it the test fails loudly instead of
/// skipping, because a skipped database test proves nothing.
/// </summary>
public sealed class TestDatabase : IAsyncLifetime
{
    public const string AdminConnectionVariable = "CALLCENTER_TEST_DB";

    public string Name { get; } = "cc_test_" + Guid.NewGuid().ToString("N")[..16];

    public string ConnectionString { get; private set; } = "";

    public static string AdminConnectionString =>
        Environment.GetEnvironmentVariable(AdminConnectionVariable)
        ?? throw new InvalidOperationException(
            $"{AdminConnectionVariable} is not set. Run the tests through ./test.sh, which starts a private PostgreSQL " +
            "cluster and sets it, or point it at a server where this user may create databases.");

    public async Task InitializeAsync()
    {
        var admin = new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = "postgres", Pooling = false };
        await using (var connection = new NpgsqlConnection(admin.ConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{Name}\"", connection);
            await command.ExecuteNonQueryAsync();
        }
        ConnectionString = new NpgsqlConnectionStringBuilder(AdminConnectionString)
        {
            Database = Name,
            MaxPoolSize = 50,
            IncludeErrorDetail = true,
        }.ConnectionString;
    }

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        var admin = new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(admin.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }
}
