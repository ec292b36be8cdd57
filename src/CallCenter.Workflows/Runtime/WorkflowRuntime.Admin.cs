using Microsoft.Extensions.Logging;
using CallCenter.Workflows.Execution;

namespace CallCenter.Workflows.Runtime;

public sealed partial class WorkflowRuntime
{
    private const int MaxResolvedIncidents = 5;

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
        // Resolved incidents are history (the journal has every fault); a few stay for the instance view, so state
        // does not grow with every retry of a stubborn activity.
        if (state.Incidents is { Count: > MaxResolvedIncidents } incidents) incidents.RemoveRange(0, incidents.Count - MaxResolvedIncidents);
        state.Status = WorkflowStatus.Running;
        var workflow = await GetCompiledAsync(state.DefinitionId, state.DefinitionVersion, ct);
        var tracker = new CommitTracker { RowVersion = leased.RowVersion, PreviousBookmarks = state.Bookmarks.Select(b => b.Id).ToHashSet() };
        return await DriveAsync(workflow, state, tracker, [], null, ct);
    }

    /// <summary>
    /// One pass of the safety net every node runs periodically: finish instances whose lease expired (a crashed
    /// node), deliver inbox entries nobody delivered, and schedule timers and cron triggers whose scheduling was lost in a crash.
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
            await ScheduleTimerAsync(timer.BookmarkId, timer.DueAt);
            touched++;
        }
        // A second job for an occurrence is harmless (FireTriggerAsync is idempotent), so no grace period is needed here.
        foreach (var trigger in await definitions.UnscheduledTriggersAsync(100, ct))
        {
            await ScheduleTriggerAsync(trigger.Id, trigger.DueAt!.Value, ct);
            touched++;
        }
        return touched;
    }

    /// <summary>
    /// Retention: if no node ran it within <see cref="WorkflowRuntimeOptions.RetentionInterval"/>, deletes what is older
    /// than <see cref="WorkflowRuntimeOptions.RetentionPeriod"/> in batches. Null when skipped (disabled or another node's turn).
    /// </summary>
    public async Task<PurgeResult?> PurgeAsync(CancellationToken ct = default)
    {
        if (options.RetentionPeriod is not { } period) return null;
        var now = time.GetUtcNow();
        if (!await instances.TryClaimRetentionAsync(now, now - options.RetentionInterval, ct)) return null;
        var total = new PurgeResult(0, 0, 0);
        for (var pass = 0; pass < 100; pass++)
        {
            var batch = await instances.PurgeAsync(now - period, options.RetentionBatchSize, ct);
            total = new PurgeResult(total.Instances + batch.Instances, total.JournalEntries + batch.JournalEntries, total.Stimuli + batch.Stimuli);
            if (batch.Instances < options.RetentionBatchSize && batch.Stimuli < options.RetentionBatchSize) break;
        }
        if (total.Instances + total.Stimuli > 0)
            _logger.LogInformation("Workflow retention removed {Instances} instances, {Journal} journal lines, {Stimuli} inbox rows",
                total.Instances, total.JournalEntries, total.Stimuli);
        return total;
    }
}
