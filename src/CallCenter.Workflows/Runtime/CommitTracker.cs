namespace CallCenter.Workflows.Runtime;

/// <summary>What the runtime must remember between the commits of one run (checkpoints, then the final one).</summary>
internal sealed class CommitTracker
{
    public bool IsNew;

    /// <summary>The start took its version from the runtime's cache: its first commit must find that version still published.</summary>
    public bool RequirePublishedVersion;
    public long RowVersion;
    public HashSet<string> PreviousBookmarks = new(StringComparer.Ordinal);

    /// <summary>The run holds no lease: its one commit is optimistic (ADR 0200 D11), guarded by these bookmark hashes too.</summary>
    public bool Optimistic;
    public IReadOnlyCollection<string> PreviousHashes = [];
    public bool ParentNotified;

    /// <summary>The store's inbox check after the last commit, if it made one.</summary>
    public bool? PendingAfterCommit;

    /// <summary>The stimuli the lease claimed, when known: if the run consumed them all there are no claims to release.</summary>
    public HashSet<long>? Claimed;
    public readonly List<long> Consumed = [];
    public readonly List<string> InstancesToRun = [];
}
