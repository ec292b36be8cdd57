namespace CallCenter.Calls;

/// <summary>
/// Makes a SIP node's id (Voice:NodeId) exclusive among running processes. A starting node ends every call still
/// open under its id (<c>ICallRecordWriter.EndOrphanedAsync</c>), assuming they are its previous life's — a second
/// live process under the same id would have its callers cut off. The claim lives as long as the process (or its
/// database session): a crashed node's claim is gone when it is, so a restart under the same id is never refused.
/// </summary>
public interface ISipNodeClaim
{
    /// <summary>The claim (dispose to give it up), or null when another running process holds this id.</summary>
    Task<IAsyncDisposable?> TryClaimAsync(string nodeId, CancellationToken ct = default);
}
