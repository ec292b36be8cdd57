using System.Collections.Concurrent;

namespace CallCenter.Workflows.Runtime;

/// <summary>
/// Keeps timers in memory and fires them when asked (tests, the in-memory runtime, single-process tools).
/// Production uses the Hangfire scheduler.
/// </summary>
public sealed class ManualTimerScheduler : IWorkflowTimerScheduler
{
    private readonly ConcurrentDictionary<string, (string BookmarkId, DateTimeOffset DueAt)> _timers = new();
    private readonly ConcurrentDictionary<string, (long TriggerId, DateTimeOffset Occurrence)> _triggers = new();

    public IReadOnlyCollection<(string BookmarkId, DateTimeOffset DueAt)> Pending => _timers.Values.ToArray();
    public IReadOnlyCollection<(long TriggerId, DateTimeOffset Occurrence)> PendingTriggers => _triggers.Values.ToArray();

    public string? Schedule(string bookmarkId, DateTimeOffset dueAt)
    {
        var id = Guid.NewGuid().ToString("N");
        _timers[id] = (bookmarkId, dueAt);
        return id;
    }

    public string? ScheduleTrigger(long triggerId, DateTimeOffset occurrence)
    {
        var id = Guid.NewGuid().ToString("N");
        _triggers[id] = (triggerId, occurrence);
        return id;
    }

    public void Cancel(string jobId)
    {
        _timers.TryRemove(jobId, out _);
        _triggers.TryRemove(jobId, out _);
    }

    /// <summary>Resumes every bookmark and fires every scheduled trigger whose time has come; returns how many fired.</summary>
    public async Task<int> FireDueAsync(WorkflowRuntime runtime, DateTimeOffset now, CancellationToken ct = default)
    {
        var fired = 0;
        foreach (var (id, timer) in _timers.Where(t => t.Value.DueAt <= now).ToArray())
        {
            if (!_timers.TryRemove(id, out _)) continue;
            await runtime.FireTimerAsync(timer.BookmarkId, ct);
            fired++;
        }
        foreach (var (id, trigger) in _triggers.Where(t => t.Value.Occurrence <= now).ToArray())
        {
            if (!_triggers.TryRemove(id, out _)) continue;
            await runtime.FireTriggerAsync(trigger.TriggerId, trigger.Occurrence, ct);
            fired++;
        }
        return fired;
    }
}
