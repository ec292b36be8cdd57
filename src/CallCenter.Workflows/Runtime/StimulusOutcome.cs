namespace CallCenter.Workflows.Runtime;

/// <summary>Where a stimulus went: the instance that consumed it, or none yet (it waits in the inbox).</summary>
public sealed record StimulusOutcome(long StimulusId, RunOutcome? ConsumedBy);
