namespace CallCenter.Workflows.Runtime;

/// <summary>
/// Schedules the resume of a bookmark at a time. Implementations need not be exactly-once: a second firing
/// finds the bookmark consumed and does nothing. Called only after the bookmark is committed.
/// </summary>
public interface IWorkflowTimerScheduler
{
    /// <summary>Returns a job id for cancellation, or null if the scheduler keeps none.</summary>
    string? Schedule(string bookmarkId, DateTimeOffset dueAt);

    void Cancel(string jobId);

    /// <summary>
    /// Schedules the firing of a scheduled trigger's occurrence (the runtime's FireTriggerAsync). A second firing of the
    /// same occurrence starts nothing: the instance id is derived from the occurrence. Returns a job id, or null.
    /// </summary>
    string? ScheduleTrigger(long triggerId, DateTimeOffset occurrence) => null;
}
