using Npgsql;

namespace CallCenter.Workflows.Stores;

/// <summary>The engine's own Npgsql data source (a wrapper type so it never collides with the application's).</summary>
public sealed class WorkflowsDataSource(NpgsqlDataSource dataSource) : IAsyncDisposable
{
    public NpgsqlDataSource DataSource { get; } = dataSource;

    /// <summary>
    /// Auto-prepares the engine's few hot statements (ADR 0016) unless the connection string says otherwise, so
    /// PostgreSQL does not parse and plan every lease and commit anew; and skips Npgsql's session reset when a pooled
    /// connection is reused (six statements per checkout): the engine keeps no session state — its only setting,
    /// synchronous_commit, is transaction-local.
    /// </summary>
    public static WorkflowsDataSource Create(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!connectionString.Contains("Auto Prepare", StringComparison.OrdinalIgnoreCase)
            && !connectionString.Contains("AutoPrepare", StringComparison.OrdinalIgnoreCase))
        {
            builder.MaxAutoPrepare = 64;
            builder.AutoPrepareMinUsages = 2;
        }
        if (!connectionString.Contains("Reset On Close", StringComparison.OrdinalIgnoreCase)
            && !connectionString.Contains("ResetOnClose", StringComparison.OrdinalIgnoreCase))
            builder.NoResetOnClose = true;
        return new(NpgsqlDataSource.Create(builder.ConnectionString));
    }

    public ValueTask DisposeAsync() => DataSource.DisposeAsync();
}
