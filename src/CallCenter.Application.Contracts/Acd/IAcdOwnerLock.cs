namespace CallCenter.Acd;

/// <summary>
/// The ACD owner's election (ADR 0600 D4): a lock held by one live process per company. Nodes of one company share
/// <c>name</c>; PostgreSQL releases it when the holder's process or database session dies.
/// </summary>
public interface IAcdOwnerLock
{
    /// <summary>The lease when this process now owns the ACD, or null when another live process does.</summary>
    Task<IAcdOwnerLease?> TryAcquireAsync(string name, CancellationToken ct = default);
}
