namespace CallCenter.Calls;

/// <summary>
/// Named locks held for as long as the process that took them lives: released by disposing, or by the database when
/// the process (and its session) is gone — a crash included. For "only one live process may be X", not for short
/// critical sections.
/// </summary>
public interface ISessionLocks
{
    /// <summary>The held lock (dispose to release), or null when another live session holds <paramref name="name"/>.</summary>
    Task<ISessionLock?> TryAcquireAsync(string name, CancellationToken ct = default);
}
