using CallCenter.Workflows.Runtime;

namespace CallCenter.Workflows.Support;

/// <summary>
/// Schedules like <see cref="ManualTimerScheduler"/> but can cancel a token the moment it is asked to schedule — that
/// is, right after a commit — to stand for a Hangfire job whose cancellation token fires (server shutdown) mid-run.
/// </summary>
public sealed class CancellingTimerScheduler : IWorkflowTimerScheduler
{
    private readonly ManualTimerScheduler _inner = new();

    public CancellationTokenSource? CancelOnSchedule { get; set; }
    public List<(string BookmarkId, string JobId)> Scheduled { get; } = [];

    public string? Schedule(string bookmarkId, DateTimeOffset dueAt)
    {
        var job = _inner.Schedule(bookmarkId, dueAt)!;
        lock (Scheduled) Scheduled.Add((bookmarkId, job));
        CancelOnSchedule?.Cancel();
        return job;
    }

    public string? ScheduleTrigger(long triggerId, DateTimeOffset occurrence) => _inner.ScheduleTrigger(triggerId, occurrence);

    public void Cancel(string jobId) => _inner.Cancel(jobId);
}
