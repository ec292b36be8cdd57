using CallCenter.Calls;
using Npgsql;

namespace CallCenter.Repositories;

/// <summary>One advisory lock held by the session of its own connection (see <see cref="PostgresSessionLocks"/>).</summary>
public sealed class PostgresSessionLock(NpgsqlConnection connection) : ISessionLock
{
    // A connection runs one command at a time: a check and a dispose must not overlap.
    private readonly SemaphoreSlim _gate = new(1, 1);
    private bool _disposed;

    public async Task<bool> IsHeldAsync(CancellationToken ct = default)
    {
        await _gate.WaitAsync(ct);
        try
        {
            if (_disposed) return false;
            // Any advisory lock granted to this very session: the only one it ever takes is ours.
            await using var command = new NpgsqlCommand(
                "SELECT EXISTS (SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND granted AND pid = pg_backend_pid())", connection);
            return await command.ExecuteScalarAsync(ct) is true;
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException or TimeoutException)
        {
            return false; // the session is gone (terminated, server restarted, network cut): so is the lock
        }
        finally
        {
            _gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _gate.WaitAsync();
        try
        {
            if (_disposed) return;
            _disposed = true;
            await connection.DisposeAsync();
        }
        finally
        {
            _gate.Release();
        }
    }
}
