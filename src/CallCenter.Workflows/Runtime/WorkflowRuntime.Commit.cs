using CallCenter.Workflows.Activities;
using CallCenter.Workflows.Execution;
using Microsoft.Extensions.Logging;

namespace CallCenter.Workflows.Runtime;

public sealed partial class WorkflowRuntime
{
    private async Task<RunOutcome> DriveAsync(CompiledWorkflow workflow, WorkflowState state, CommitTracker tracker,
        List<Resumption> resumptions, RunOptions? runOptions, CancellationToken ct)
    {
        var run = new RunOptions
        {
            Properties = runOptions?.Properties ?? new Dictionary<string, object>(StringComparer.Ordinal),
            Checkpoint = tracker.Optimistic
                ? (_, _, _) => throw new SpeculationAbortedException("a checkpoint needs a lease")
                : (s, r, c) => CommitAsync(tracker, s, r, keepLease: true, c),
            SideEffectFreeOnly = tracker.Optimistic,
        };
        // An exception here (shutdown, crash simulation) leaves the lease to expire: the sweeper resumes from the last commit.
        var result = await runner.RunAsync(workflow, state, resumptions, run, ct);
        if (!await CommitAsync(tracker, state, result, keepLease: false, ct))
            throw tracker.Optimistic ? new SpeculationAbortedException("another commit or a waiting event came first") : new LeaseLostException(state.InstanceId);
        tracker.Optimistic = false;

        foreach (var instanceId in tracker.InstancesToRun) await RunInstanceAsync(instanceId, null, ct);
        // Events that arrived while we ran (or before the bookmark existed) wait in the inbox; the store looked after the
        // commit in the same round trip if it could.
        if (state.Status == WorkflowStatus.Suspended
            && (tracker.PendingAfterCommit ?? await instances.HasPendingStimuliForAsync(state.InstanceId, time.GetUtcNow(), ct)))
        {
            var again = await RunInstanceAsync(state.InstanceId, runOptions, ct);
            if (again is not null) return again with { ConsumedStimuli = tracker.Consumed.Concat(again.ConsumedStimuli).ToList() };
        }
        return new RunOutcome(state.InstanceId, state.Status, state, tracker.Consumed);
    }

    private async ValueTask<bool> CommitAsync(CommitTracker tracker, WorkflowState state, RunResult result, bool keepLease, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var children = new List<NewInstance>();
        foreach (var child in result.ChildStarts)
        {
            var definition = await definitions.GetPublishedAsync(child.DefinitionId, ct);
            if (definition is null) continue; // RunWorkflow checked it; unpublished since then — the parent will wait in vain, visibly.
            var compiled = await GetCompiledAsync(definition.DefinitionId, definition.Version, ct);
            var childState = runner.CreateState(compiled, child.InstanceId, child.Input, child.CorrelationId);
            childState.ParentInstanceId = state.InstanceId;
            children.Add(new NewInstance(childState));
        }
        var stimuli = new List<StimulusRecord>();
        if (state.Status is WorkflowStatus.Finished && state.ParentInstanceId is { } parent && !tracker.ParentNotified)
        {
            stimuli.Add(new StimulusRecord(0, RunWorkflow.BookmarkName, BookmarkHash.Compute(RunWorkflow.BookmarkName, state.InstanceId),
                state.InstanceId, null, false, state.Output?.DeepClone(), now, now + options.StimulusTimeToLive));
            tracker.ParentNotified = true;
        }
        var commit = new InstanceCommit
        {
            State = state,
            Owner = NodeId,
            ExpectedRowVersion = tracker.RowVersion,
            IsNew = tracker.IsNew,
            PreviousBookmarkIds = tracker.PreviousBookmarks,
            Journal = result.Journal.ToList(),
            ConsumedStimuli = result.ConsumedStimuli.ToList(),
            NewInstances = children,
            NewStimuli = stimuli,
            KeepLeaseUntil = keepLease ? now + options.LeaseDuration : null,
            Optimistic = tracker.Optimistic,
            PreviousBookmarkHashes = tracker.PreviousHashes,
            ResumesWithoutSideEffects = activityId => ResumesWithoutSideEffects(state, activityId),
            Now = now,
            RequirePublishedVersion = tracker.IsNew && tracker.RequirePublishedVersion,
            CheckInboxAfterCommit = !keepLease && state.Status == WorkflowStatus.Suspended,
            // Claims are only made while leasing (by the lease holder), so the tracker knows them all when it knows any.
            ReleaseClaims = tracker.Claimed is not { } claimed || claimed.Any(id => !tracker.Consumed.Contains(id) && !result.ConsumedStimuli.Contains(id)),
        };
        var applied = await instances.CommitAsync(commit, ct);
        if (applied.VersionNoLongerPublished) throw new PublishedVersionChangedException(state.DefinitionId, state.DefinitionVersion);
        if (!applied.Applied)
        {
            if (tracker.Optimistic) return false; // an expected race, not a lost lease: the caller takes the leased path
            _logger.LogWarning("Workflow instance {InstanceId}: lease lost before commit; the run is discarded", state.InstanceId);
            return false;
        }
        tracker.IsNew = false;
        tracker.RowVersion = applied.RowVersion;
        tracker.PendingAfterCommit = applied.HasPendingStimuli;
        tracker.Consumed.AddRange(result.ConsumedStimuli);
        tracker.InstancesToRun.AddRange(children.Select(c => c.State.InstanceId));
        if (stimuli.Count > 0) tracker.InstancesToRun.Add(state.ParentInstanceId!);

        // Timers only after the commit: a timer must never fire for a bookmark that was rolled back.
        foreach (var job in applied.CancelledTimerJobs) TryCancel(job);
        foreach (var bookmark in state.Bookmarks.Where(b => b.DueAt is not null && !tracker.PreviousBookmarks.Contains(b.Id)))
            await ScheduleTimerAsync(bookmark.Id, bookmark.DueAt!.Value);
        tracker.PreviousBookmarks = state.Bookmarks.Select(b => b.Id).ToHashSet(StringComparer.Ordinal);
        return true;
    }

    /// <summary>Asked when a bookmark is written, so its row can tell the next event whether an optimistic resume is possible.</summary>
    private bool ResumesWithoutSideEffects(WorkflowState state, string activityId) =>
        _compiled.TryGetValue((state.DefinitionId, state.DefinitionVersion), out var workflow) && workflow.ResumesWithoutSideEffects(activityId, runner.Registry);

    /// <summary>
    /// After the commit, so the caller's token no longer applies: the bookmark is durable, and once the job exists its id
    /// must reach the bookmark (a job the bookmark does not know can never be cancelled, and the sweeper would schedule a
    /// second one). A Hangfire job cancelled mid-run (server shutdown) used to stop right between the two.
    /// </summary>
    private async Task ScheduleTimerAsync(string bookmarkId, DateTimeOffset dueAt)
    {
        try
        {
            if (timers.Schedule(bookmarkId, dueAt) is { } job) await instances.SetTimerJobAsync(bookmarkId, job, CancellationToken.None);
        }
        catch (Exception e)
        {
            // The sweeper schedules timers that have no job yet, so a failure here delays the timer but never loses it.
            _logger.LogWarning(e, "Could not schedule the timer of bookmark {BookmarkId}; the sweeper will retry", bookmarkId);
        }
    }

    private void TryCancel(string job)
    {
        try { timers.Cancel(job); }
        catch (Exception e) { _logger.LogWarning(e, "Could not cancel timer job {JobId}; it will find its bookmark gone", job); }
    }
}
