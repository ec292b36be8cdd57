using Microsoft.Extensions.Options;

namespace CallCenter.Workflows.Runtime;

/// <summary>
/// Checks the engine's settings when a host starts (ValidateOnStart); each failure names the configuration key under
/// <see cref="WorkflowRuntimeOptions.Section"/>. A zero lease, for one, would let every node take every instance.
/// </summary>
public sealed class WorkflowRuntimeOptionsValidator : IValidateOptions<WorkflowRuntimeOptions>
{
    public ValidateOptionsResult Validate(string? name, WorkflowRuntimeOptions o)
    {
        const string s = WorkflowRuntimeOptions.Section;
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(o.NodeId)) failures.Add($"{s}:NodeId must not be empty.");
        if (o.LeaseDuration <= TimeSpan.Zero) failures.Add($"{s}:LeaseDuration must be longer than zero (was {o.LeaseDuration}).");
        if (o.StimulusTimeToLive <= TimeSpan.Zero) failures.Add($"{s}:StimulusTimeToLive must be longer than zero.");
        if (o.OrphanGrace < TimeSpan.Zero) failures.Add($"{s}:OrphanGrace must not be negative.");
        if (o.RetentionPeriod is { } period && period <= TimeSpan.Zero) failures.Add($"{s}:RetentionPeriod must be longer than zero or \"Forever\".");
        if (o.RetentionInterval <= TimeSpan.Zero) failures.Add($"{s}:RetentionInterval must be longer than zero.");
        if (o.RetentionBatchSize is < 1 or > 100_000) failures.Add($"{s}:RetentionBatchSize must be between 1 and 100000.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
