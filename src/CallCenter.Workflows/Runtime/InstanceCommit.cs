using CallCenter.Workflows.Execution;

namespace CallCenter.Workflows.Runtime;

/// <summary>
/// Everything one run writes, applied atomically and only if this node still holds the lease at the expected row
/// version: the state, the bookmark index (diffed against the previous bookmarks), journal lines, consumed stimuli,
/// new child instances and new stimuli (a child's completion for its parent).
/// </summary>
public sealed class InstanceCommit
{
    public required WorkflowState State { get; init; }
    public required string Owner { get; init; }
    public required long ExpectedRowVersion { get; init; }
    public bool IsNew { get; init; }
    public required IReadOnlyCollection<string> PreviousBookmarkIds { get; init; }
    public IReadOnlyList<JournalEntry> Journal { get; init; } = [];
    public IReadOnlyList<long> ConsumedStimuli { get; init; } = [];
    public IReadOnlyList<NewInstance> NewInstances { get; init; } = [];
    public IReadOnlyList<StimulusRecord> NewStimuli { get; init; } = [];

    /// <summary>A checkpoint keeps (and extends) the lease; the final commit releases it.</summary>
    public DateTimeOffset? KeepLeaseUntil { get; init; }
    public required DateTimeOffset Now { get; init; }

    /// <summary>
    /// A new instance started as "the published version of X" from a per-node cache: the store refuses it (without writing
    /// anything) if that version is no longer published, e.g. another node published a newer one since.
    /// </summary>
    public bool RequirePublishedVersion { get; init; }

    /// <summary>
    /// Look in the inbox for stimuli matching the instance's bookmarks after this commit is durable — in the same round trip
    /// if the store can (the check must see any stimulus committed before ours: see ADR 0200 D5).
    /// </summary>
    public bool CheckInboxAfterCommit { get; init; }

    /// <summary>
    /// An optimistic commit (ADR 0200 D11): no lease was taken. It applies only if the instance is still unleased at
    /// <see cref="ExpectedRowVersion"/> and no pending stimulus waits for any of its previous bookmarks (named by
    /// <see cref="PreviousBookmarkIds"/> and <see cref="PreviousBookmarkHashes"/>), so it never overtakes an event already in
    /// the inbox; otherwise nothing is written.
    /// </summary>
    public bool Optimistic { get; init; }
    public IReadOnlyCollection<string> PreviousBookmarkHashes { get; init; } = [];

    /// <summary>Whether a resume at an activity is side-effect free; stored with each new bookmark so the resume can be optimistic.</summary>
    public Func<string, bool> ResumesWithoutSideEffects { get; init; } = static _ => false;

    /// <summary>The final commit gives back the instance's unconsumed claims; false when the runtime knows there are none.</summary>
    public bool ReleaseClaims { get; init; } = true;
}
