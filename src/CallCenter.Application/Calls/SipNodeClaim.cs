namespace CallCenter.Calls;

/// <summary>A SIP node's id as a session lock: held while the node's process lives.</summary>
public sealed class SipNodeClaim(ISessionLocks locks) : ISipNodeClaim
{
    public async Task<IAsyncDisposable?> TryClaimAsync(string nodeId, CancellationToken ct = default) =>
        await locks.TryAcquireAsync("callcenter.sip-node:" + nodeId, ct);
}
