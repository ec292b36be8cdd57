using CallCenter.Workflows.Execution;

namespace CallCenter.Workflows.Runtime;

/// <summary>An instance this node holds the lease on, with the stimuli it claimed for its bookmarks.</summary>
public sealed record LeasedInstance(WorkflowState State, long RowVersion, IReadOnlyList<StimulusRecord> ClaimedStimuli);
