namespace CallCenter.Workflows.Models;

/// <summary>How often a faulting activity is retried in the same run before an incident faults the instance.</summary>
public sealed class RetryPolicy
{
    public int MaxAttempts { get; set; } = 1;
}
