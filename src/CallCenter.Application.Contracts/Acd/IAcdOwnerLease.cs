namespace CallCenter.Acd;

/// <summary>Ownership of the ACD while held; dispose to give it up (a standby takes over within its poll interval).</summary>
public interface IAcdOwnerLease : IAsyncDisposable
{
    /// <summary>False once the lock was lost with its database session: another node may own the ACD now.</summary>
    Task<bool> IsHeldAsync(CancellationToken ct = default);
}
