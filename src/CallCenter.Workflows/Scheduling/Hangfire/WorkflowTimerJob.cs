using CallCenter.Workflows.Runtime;
using Hangfire;

namespace CallCenter.Workflows.Scheduling.Hangfire;

/// <summary>The Hangfire job behind every timer: resume the bookmark through the inbox like any other stimulus.</summary>
public sealed class WorkflowTimerJob(WorkflowRuntime runtime)
{
    [AutomaticRetry(Attempts = 5)]
    [Queue("workflows")]
    public async Task FireAsync(string bookmarkId, CancellationToken ct) => await runtime.FireTimerAsync(bookmarkId, ct);
}
