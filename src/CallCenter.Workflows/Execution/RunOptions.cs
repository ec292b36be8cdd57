namespace CallCenter.Workflows.Execution;

/// <summary>Per-run values that are not state: transient objects (the current HTTP exchange) and a checkpoint hook.</summary>
public sealed class RunOptions
{
    public static RunOptions Default { get; } = new();

    public IDictionary<string, object> Properties { get; init; } = new Dictionary<string, object>(StringComparer.Ordinal);

    /// <summary>Commits the state so far; returns false when the lease was lost, which aborts the run.</summary>
    public Func<WorkflowState, RunResult, CancellationToken, ValueTask<bool>>? Checkpoint { get; init; }

    /// <summary>
    /// An optimistic run (ADR 0200 D11): an activity not marked side-effect free aborts it with
    /// <see cref="SpeculationAbortedException"/> before it executes, and the runtime takes the leased path instead.
    /// </summary>
    public bool SideEffectFreeOnly { get; init; }
}
