using CallCenter.Workflows.Execution;

namespace CallCenter.Workflows.Runtime;

/// <summary>The state after a run, and which stimuli the run consumed.</summary>
public sealed record RunOutcome(string InstanceId, WorkflowStatus Status, WorkflowState State, IReadOnlyList<long> ConsumedStimuli);
