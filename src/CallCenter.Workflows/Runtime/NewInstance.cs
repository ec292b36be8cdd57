using CallCenter.Workflows.Execution;

namespace CallCenter.Workflows.Runtime;

/// <summary>A child instance created in its parent's commit, to be driven after it.</summary>
public sealed record NewInstance(WorkflowState State);
