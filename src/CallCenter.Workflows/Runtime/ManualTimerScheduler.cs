using System.Collections.Concurrent;

namespace CallCenter.Workflows.Runtime;

/// <summary>
/// Keeps timers in memory and fires them when asked (tests, the in-memory runtime, single-process tools).
/// Production uses the Hangfire scheduler.
/// </summary>
public sealed class ManualTimerScheduler : IWorkflowTimerScheduler
{
    private readonly ConcurrentDictionary<string, (string BookmarkId, DateTimeOffset DueAt)> _timers = new();

    public IReadOnlyCollection<(string BookmarkId, DateTimeOffset DueAt)> Pending => _timers.Values.ToArray();

    public string? Schedule(string bookmarkId, DateTimeOffset dueAt)
    {
        var id = Guid.NewGuid().ToString("N");
        _timers[id] = (bookmarkId, dueAt);
        return id;
    }

    public void Cancel(string jobId) => _timers.TryRemove(jobId, out _);

    /// <summary>Resumes every bookmark whose time has come; returns how many timers fired.</summary>
    public async Task<int> FireDueAsync(WorkflowRuntime runtime, DateTimeOffset now, CancellationToken ct = default)
    {
        var fired = 0;
        foreach (var (id, timer) in _timers.Where(t => t.Value.DueAt <= now).ToArray())
        {
            if (!_timers.TryRemove(id, out _)) continue;
            await runtime.FireTimerAsync(timer.BookmarkId, ct);
            fired++;
        }
        return fired;
    }
}
