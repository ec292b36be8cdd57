using CallCenter.Workflows.Execution;

namespace CallCenter.Workflows.Runtime;

public sealed partial class WorkflowRuntime
{
    /// <summary>Cancels an instance; false if it is busy on another node or already over.</summary>
    public async Task<bool> CancelAsync(string instanceId, CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        var leased = await instances.TryLeaseAsync(instanceId, NodeId, now, now + options.LeaseDuration, ct);
        if (leased is null) return false;
        var state = leased.State;
        if (state.Status is WorkflowStatus.Finished or WorkflowStatus.Cancelled)
        {
            await instances.ReleaseAsync(instanceId, NodeId, ct);
            return false;
        }
        var previous = state.Bookmarks.Select(b => b.Id).ToHashSet();
        state.Status = WorkflowStatus.Cancelled;
        state.Bookmarks.Clear();
        state.Queue.Clear();
        var result = new RunResult();
        result.Journal.Add(new JournalEntry(++state.JournalSequence, now, null, null, JournalEventKind.WorkflowCancelled));
        var tracker = new CommitTracker { RowVersion = leased.RowVersion, PreviousBookmarks = previous };
        return await CommitAsync(tracker, state, result, keepLease: false, ct);
    }

    /// <summary>Re-runs a faulted instance from the activity that faulted; false if it is not faulted or busy.</summary>
    public async Task<RunOutcome?> RetryAsync(string instanceId, CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        var leased = await instances.TryLeaseAsync(instanceId, NodeId, now, now + options.LeaseDuration, ct);
        if (leased is null) return null;
        var state = leased.State;
        if (state.Status != WorkflowStatus.Faulted)
        {
            await instances.ReleaseAsync(instanceId, NodeId, ct);
            return null;
        }
        foreach (var incident in state.Incidents ?? []) incident.Resolved = true;
        state.Status = WorkflowStatus.Running;
        var workflow = await GetCompiledAsync(state.DefinitionId, state.DefinitionVersion, ct);
        var tracker = new CommitTracker { RowVersion = leased.RowVersion, PreviousBookmarks = state.Bookmarks.Select(b => b.Id).ToHashSet() };
        return await DriveAsync(workflow, state, tracker, [], null, ct);
    }

    /// <summary>
    /// One pass of the safety net every node runs periodically: finish instances whose lease expired (a crashed
    /// node), deliver inbox entries nobody delivered, and schedule timers whose scheduling was lost in a crash.
    /// Returns how many items it touched.
    /// </summary>
    public async Task<int> SweepAsync(CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        var touched = 0;
        foreach (var id in await instances.OrphanedInstancesAsync(now, now - options.OrphanGrace, 100, ct))
        {
            try
            {
                if (await RunInstanceAsync(id, null, ct) is not null) touched++;
            }
            catch (LeaseLostException) { }
        }
        foreach (var stimulus in await instances.PendingStimuliAsync(now, 100, ct))
        {
            var outcome = await DispatchAsync(stimulus, null, ct);
            if (outcome.ConsumedBy is not null) touched++;
        }
        foreach (var timer in await instances.UnscheduledTimersAsync(now - options.OrphanGrace, 100, ct))
        {
            await ScheduleTimerAsync(timer.BookmarkId, timer.DueAt, ct);
            touched++;
        }
        return touched;
    }
}
