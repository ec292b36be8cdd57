using CallCenter.Calls;

namespace CallCenter.Acd;

/// <summary>A held <see cref="AcdOwnerLock"/>: the session lock under a contract the voice layer may see.</summary>
internal sealed class AcdOwnerLease(ISessionLock held) : IAcdOwnerLease
{
    public Task<bool> IsHeldAsync(CancellationToken ct = default) => held.IsHeldAsync(ct);

    public ValueTask DisposeAsync() => held.DisposeAsync();
}
