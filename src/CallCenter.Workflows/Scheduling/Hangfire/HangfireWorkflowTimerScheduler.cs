using CallCenter.Workflows.Runtime;
using Hangfire;

namespace CallCenter.Workflows.Scheduling.Hangfire;

/// <summary>
/// Timers as Hangfire delayed jobs in shared (PostgreSQL) storage: one server fetches each job, so a timer fires
/// once across nodes; should Hangfire ever run it twice, the second resume finds the bookmark consumed.
/// </summary>
public sealed class HangfireWorkflowTimerScheduler(IBackgroundJobClient client) : IWorkflowTimerScheduler
{
    public string? Schedule(string bookmarkId, DateTimeOffset dueAt) =>
        client.Schedule<WorkflowTimerJob>(job => job.FireAsync(bookmarkId, CancellationToken.None), dueAt);

    public string? ScheduleTrigger(long triggerId, DateTimeOffset occurrence) =>
        client.Schedule<WorkflowTimerJob>(job => job.FireTriggerAsync(triggerId, occurrence, CancellationToken.None), occurrence);

    public void Cancel(string jobId) => client.Delete(jobId);
}
