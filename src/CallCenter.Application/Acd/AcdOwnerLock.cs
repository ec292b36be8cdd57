using CallCenter.Calls;

namespace CallCenter.Acd;

/// <summary>The ACD owner's election over a PostgreSQL session advisory lock (<see cref="ISessionLocks"/>, ADR 0600 D4).</summary>
public sealed class AcdOwnerLock(ISessionLocks locks) : IAcdOwnerLock
{
    public async Task<IAcdOwnerLease?> TryAcquireAsync(string name, CancellationToken ct = default) =>
        await locks.TryAcquireAsync("callcenter.acd-owner:" + name, ct) is { } held ? new AcdOwnerLease(held) : null;
}
