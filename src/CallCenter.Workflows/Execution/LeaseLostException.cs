namespace CallCenter.Workflows.Execution;

/// <summary>The run's lease expired and another node took the instance over; this run's work is discarded.</summary>
public sealed class LeaseLostException(string instanceId)
    : Exception($"The lease on workflow instance {instanceId} was lost; the run is abandoned.");
