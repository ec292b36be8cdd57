using CallCenter.Workflows.Runtime;
using Hangfire;

namespace CallCenter.Workflows.Scheduling.Hangfire;

/// <summary>The Hangfire jobs behind every timer: resume the bookmark through the inbox like any other stimulus, or fire a cron trigger.</summary>
public sealed class WorkflowTimerJob(WorkflowRuntime runtime)
{
    [AutomaticRetry(Attempts = 5)]
    [Queue("workflows")]
    public async Task FireAsync(string bookmarkId, CancellationToken ct) => await runtime.FireTimerAsync(bookmarkId, ct);

    /// <summary>One occurrence of a cron trigger: start its instance (once per occurrence) and schedule the next.</summary>
    [AutomaticRetry(Attempts = 5)]
    [Queue("workflows")]
    public async Task FireTriggerAsync(long triggerId, DateTimeOffset occurrence, CancellationToken ct) =>
        await runtime.FireTriggerAsync(triggerId, occurrence, ct);
}
