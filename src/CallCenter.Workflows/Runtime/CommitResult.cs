namespace CallCenter.Workflows.Runtime;

/// <summary>Whether the commit applied, the new row version, and the timer jobs of bookmarks it removed.</summary>
public sealed record CommitResult(bool Applied, long RowVersion, IReadOnlyList<string> CancelledTimerJobs)
{
    public static CommitResult Lost { get; } = new(false, 0, []);

    /// <summary>A start refused because its version is no longer the published one (see <see cref="InstanceCommit.RequirePublishedVersion"/>).</summary>
    public static CommitResult DefinitionChanged { get; } = new(false, 0, []) { VersionNoLongerPublished = true };

    public bool VersionNoLongerPublished { get; init; }

    /// <summary>
    /// The answer to <see cref="InstanceCommit.CheckInboxAfterCommit"/>, read after the commit became durable; null when the
    /// store did not look (the runtime then asks <see cref="IWorkflowInstanceStore.HasPendingStimuliForAsync"/>).
    /// </summary>
    public bool? HasPendingStimuli { get; init; }
}
