namespace CallCenter.Workflows.Runtime;

/// <summary>Whether the commit applied, the new row version, and the timer jobs of bookmarks it removed.</summary>
public sealed record CommitResult(bool Applied, long RowVersion, IReadOnlyList<string> CancelledTimerJobs)
{
    public static CommitResult Lost { get; } = new(false, 0, []);
}
