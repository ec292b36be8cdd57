namespace CallCenter.Workflows.Runtime;

public sealed class WorkflowRuntimeOptions
{
    /// <summary>The configuration section hosts read these from (the Host and the SipNode); validation messages name its keys.</summary>
    public const string Section = "Workflows";

    /// <summary>Identifies this node in leases; unique per process.</summary>
    public string NodeId { get; set; } = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..8]}";

    /// <summary>How long a run may hold an instance before another node may take it; checkpoints extend it.</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How long an event waits in the inbox for its bookmark.</summary>
    public TimeSpan StimulusTimeToLive { get; set; } = TimeSpan.FromDays(1);

    /// <summary>A Running instance nobody leased for this long (a child whose parent's node died) is picked up by the sweeper.</summary>
    public TimeSpan OrphanGrace { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long finished and cancelled instances (with their journal) and processed or expired inbox rows are kept;
    /// null keeps them forever. Faulted instances are never purged: they wait for an operator.
    /// </summary>
    public TimeSpan? RetentionPeriod { get; set; } = TimeSpan.FromDays(30);

    /// <summary>How often, across all nodes together, the retention pass runs (the sweeper asks; one node wins per interval).</summary>
    public TimeSpan RetentionInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Rows deleted per statement, so a pass never holds many locks or a long transaction.</summary>
    public int RetentionBatchSize { get; set; } = 1000;

    /// <summary>
    /// Resume a free instance whose bookmark continues only through side-effect-free activities without leasing it or
    /// storing the event first: run, then commit once, guarded by the row version (ADR 0200 D11). Off: always lease.
    /// </summary>
    public bool OptimisticResume { get; set; } = true;
}
