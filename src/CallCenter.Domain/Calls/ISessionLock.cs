namespace CallCenter.Calls;

/// <summary>A held <see cref="ISessionLocks"/> lock. Dispose to release it.</summary>
public interface ISessionLock : IAsyncDisposable
{
    /// <summary>
    /// Whether the lock is still ours: false once its session is gone (the server restarted, the connection was cut or
    /// terminated) — PostgreSQL released it then, and another process may hold it now. Never throws for a lost session.
    /// </summary>
    Task<bool> IsHeldAsync(CancellationToken ct = default);
}
