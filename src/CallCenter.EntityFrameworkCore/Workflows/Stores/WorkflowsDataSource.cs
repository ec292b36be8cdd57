using CallCenter.EntityFrameworkCore;
using Npgsql;

namespace CallCenter.Workflows.Stores;

/// <summary>The engine's own Npgsql data source (a wrapper type so it never collides with the application's).</summary>
public sealed class WorkflowsDataSource(NpgsqlDataSource dataSource) : IAsyncDisposable
{
    public NpgsqlDataSource DataSource { get; } = dataSource;

    /// <summary>The product's connection defaults (NpgsqlProductDefaults): auto-prepared statements, no session reset.</summary>
    public static WorkflowsDataSource Create(string connectionString) =>
        new(NpgsqlDataSource.Create(NpgsqlProductDefaults.Apply(connectionString)));

    public ValueTask DisposeAsync() => DataSource.DisposeAsync();
}
