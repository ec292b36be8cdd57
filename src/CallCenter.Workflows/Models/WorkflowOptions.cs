namespace CallCenter.Workflows.Models;

/// <summary>Per-definition execution options.</summary>
public sealed class WorkflowOptions
{
    /// <summary>When state is written: only when the run stops ("Suspended"), or after every activity ("ActivityExecuted").</summary>
    public CommitStrategy CommitStrategy { get; set; } = CommitStrategy.Suspended;

    /// <summary>Upper bound on activity executions in one run; a loop past it faults the instance instead of spinning.</summary>
    public int StepLimit { get; set; } = 10_000;
}
