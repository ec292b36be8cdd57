namespace CallCenter.Workflows.Runtime;

/// <summary>What the runtime must remember between the commits of one run (checkpoints, then the final one).</summary>
internal sealed class CommitTracker
{
    public bool IsNew;
    public long RowVersion;
    public HashSet<string> PreviousBookmarks = new(StringComparer.Ordinal);
    public bool ParentNotified;
    public readonly List<long> Consumed = [];
    public readonly List<string> InstancesToRun = [];
}
