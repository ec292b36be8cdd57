using CallCenter.Calls;
using Npgsql;

namespace CallCenter.Repositories;

/// <summary>
/// Session-level advisory locks, each on a connection of its own held until disposed. PostgreSQL releases them when the
/// session ends — a process killed with SIGKILL included — so liveness needs no heartbeat table. Pooling is off for
/// these connections: a pooled one would keep its lock after "closing". If a session is lost (the server restarted),
/// its lock goes with it; the holder keeps running, and the next taker is no longer refused — a holder for whom that
/// matters (the ACD owner) asks <see cref="ISessionLock.IsHeldAsync"/>.
/// </summary>
public sealed class PostgresSessionLocks(string connectionString) : ISessionLocks
{
    private readonly string _connectionString = new NpgsqlConnectionStringBuilder(connectionString)
    {
        Pooling = false,
        ApplicationName = "callcenter-session-lock",
    }.ConnectionString;

    public async Task<ISessionLock?> TryAcquireAsync(string name, CancellationToken ct = default)
    {
        var connection = new NpgsqlConnection(_connectionString);
        try
        {
            await connection.OpenAsync(ct);
            await using var command = new NpgsqlCommand("SELECT pg_try_advisory_lock(hashtextextended(@name, 0))", connection);
            command.Parameters.AddWithValue("name", name);
            if (await command.ExecuteScalarAsync(ct) is true) return new PostgresSessionLock(connection);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
        await connection.DisposeAsync();
        return null;
    }
}
