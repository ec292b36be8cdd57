namespace CallCenter.Workflows.Runtime;

/// <summary>The stored stimulus id, and the instance leased for it in the same transaction, if one was free and waiting.</summary>
public sealed record EnqueuedStimulus(long StimulusId, LeasedInstance? Leased);
