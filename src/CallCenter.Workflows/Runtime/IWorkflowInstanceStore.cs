using CallCenter.Workflows.Execution;

namespace CallCenter.Workflows.Runtime;

/// <summary>
/// Durable home of instances, bookmarks, the stimulus inbox and the journal. Every method is one short
/// transaction; nothing is locked while activities run — exclusivity comes from the lease and the row version.
/// </summary>
public interface IWorkflowInstanceStore
{
    /// <summary>Takes the lease if it is free or expired and claims pending stimuli matching the instance's bookmarks.</summary>
    Task<LeasedInstance?> TryLeaseAsync(string instanceId, string owner, DateTimeOffset now, DateTimeOffset until, CancellationToken ct);

    Task<CommitResult> CommitAsync(InstanceCommit commit, CancellationToken ct);

    /// <summary>
    /// True if <see cref="InstanceCommit.RequirePublishedVersion"/> is enforced, so the runtime may cache which version of a
    /// definition is published (a stale entry costs one refused start, never a wrong one).
    /// </summary>
    bool GuardsPublishedVersion => false;

    /// <summary>Gives the lease back without changing state, releasing claimed stimuli.</summary>
    Task ReleaseAsync(string instanceId, string owner, CancellationToken ct);

    Task<long> EnqueueStimulusAsync(StimulusRecord stimulus, CancellationToken ct);

    /// <summary>
    /// The resume fast path: stores the stimulus and, in the same transaction, leases the oldest free instance whose
    /// bookmark it matches and claims that instance's pending stimuli (the new one included). When nothing was leased
    /// the stimulus is durably stored and the caller must look for its bookmark again (a bookmark committed after
    /// this transaction's snapshot would otherwise be missed). When something was leased the transaction may commit
    /// asynchronously: the run's own commit, which is synchronous and later in the log, makes it durable.
    /// With <paramref name="optimistic"/>, a store that supports it may instead return the oldest waiting instance that is
    /// suspended, unleased and whose bookmark was written as side-effect free, as <see cref="EnqueuedStimulus.Unleased"/> —
    /// read, not leased, and the stimulus not stored — for an optimistic resume committed with
    /// <see cref="InstanceCommit.Optimistic"/> (ADR 0200 D11). A store that does not support it ignores the flag.
    /// </summary>
    Task<EnqueuedStimulus> EnqueueAndLeaseAsync(StimulusRecord stimulus, string owner, DateTimeOffset now, DateTimeOffset until, bool optimistic,
        CancellationToken ct);

    /// <summary>Instances with a bookmark the stimulus can resume, oldest bookmark first.</summary>
    Task<IReadOnlyList<string>> FindWaitingInstancesAsync(StimulusRecord stimulus, CancellationToken ct);

    /// <summary>Marks a targeted stimulus whose bookmark is gone as processed (nothing will ever consume it).</summary>
    Task DiscardStimulusAsync(long stimulusId, DateTimeOffset now, CancellationToken ct);

    Task<bool> HasPendingStimuliForAsync(string instanceId, DateTimeOffset now, CancellationToken ct);

    Task<IReadOnlyList<StimulusRecord>> PendingStimuliAsync(DateTimeOffset now, int max, CancellationToken ct);

    /// <summary>Running instances nobody drives: lease expired, or never leased since creation (a child, a crash before the first run).</summary>
    Task<IReadOnlyList<string>> OrphanedInstancesAsync(DateTimeOffset now, DateTimeOffset createdBefore, int max, CancellationToken ct);

    Task<IReadOnlyList<DueTimer>> UnscheduledTimersAsync(DateTimeOffset createdBefore, int max, CancellationToken ct);

    Task SetTimerJobAsync(string bookmarkId, string jobId, CancellationToken ct);

    Task<WorkflowState?> GetStateAsync(string instanceId, CancellationToken ct);

    Task<IReadOnlyList<JournalEntry>> GetJournalAsync(string instanceId, CancellationToken ct);

    /// <summary>
    /// Claims the retention chore for this interval (false if any node ran it since <paramref name="ranBefore"/>), so it
    /// runs once per interval across nodes.
    /// </summary>
    Task<bool> TryClaimRetentionAsync(DateTimeOffset now, DateTimeOffset ranBefore, CancellationToken ct);

    /// <summary>
    /// Deletes up to <paramref name="max"/> finished or cancelled instances that finished before the cutoff (with their
    /// journal and bookmarks) and up to <paramref name="max"/> inbox rows created before it that were processed or expired.
    /// </summary>
    Task<PurgeResult> PurgeAsync(DateTimeOffset cutoff, int max, CancellationToken ct);
}
