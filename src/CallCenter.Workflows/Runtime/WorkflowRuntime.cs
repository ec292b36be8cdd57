using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using CallCenter.Workflows.Activities;
using CallCenter.Workflows.Execution;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CallCenter.Workflows.Runtime;

/// <summary>
/// Drives instances durably: lease, claim matching stimuli, run in memory, commit with a row-version guard,
/// then (only after the commit) schedule timers, drive children and parents, and look once more in the inbox for
/// events that arrived while the instance was busy. Any number of runtimes may share one store.
/// </summary>
public sealed partial class WorkflowRuntime(
    WorkflowRunner runner,
    IWorkflowDefinitionStore definitions,
    IWorkflowInstanceStore instances,
    IWorkflowTimerScheduler timers,
    TimeProvider time,
    WorkflowRuntimeOptions options,
    ILogger<WorkflowRuntime>? logger = null)
{
    private readonly ConcurrentDictionary<(string, int), CompiledWorkflow> _compiled = new();

    /// <summary>
    /// Which version of each definition is published, as this node last saw it — only when the store refuses a start whose
    /// version is no longer published (<see cref="IWorkflowInstanceStore.GuardsPublishedVersion"/>): then a stale entry, after
    /// a publish on another node, costs one refused start and a retry, and never starts a version that is not published.
    /// </summary>
    private readonly ConcurrentDictionary<string, int> _publishedVersions = new(StringComparer.Ordinal);
    private readonly ILogger _logger = logger ?? NullLogger<WorkflowRuntime>.Instance;

    public string NodeId => options.NodeId;
    public IWorkflowInstanceStore Instances => instances;
    public IWorkflowDefinitionStore Definitions => definitions;

    public async Task<CompiledWorkflow> GetCompiledAsync(string definitionId, int version, CancellationToken ct = default)
    {
        if (_compiled.TryGetValue((definitionId, version), out var compiled)) return compiled;
        var definition = await definitions.GetVersionAsync(definitionId, version, ct)
                         ?? throw new WorkflowNotFoundException($"Workflow {definitionId} v{version} does not exist.");
        // Only published (hence immutable) versions are cached; a draft may still change under the same number.
        compiled = new CompiledWorkflow(definition);
        if (definition.IsPublished) _compiled[(definitionId, version)] = compiled;
        return compiled;
    }

    /// <summary>
    /// Drops the compiled versions of a deleted definition: memory only. Correctness does not depend on it — the
    /// PostgreSQL store never reuses a version number after a delete (a tombstone keeps the last one), so another
    /// node's cached (id, version) can never stand for a different flow, and a start pinned to a deleted version is
    /// refused by the commit guard and retried on the version now published.
    /// </summary>
    public void ForgetDefinition(string definitionId)
    {
        _publishedVersions.TryRemove(definitionId, out _);
        foreach (var key in _compiled.Keys.Where(k => k.Item1 == definitionId)) _compiled.TryRemove(key, out _);
    }

    public async Task<RunOutcome> StartAsync(string definitionId, JsonObject? input = null, string? correlationId = null,
        RunOptions? runOptions = null, CancellationToken ct = default)
    {
        WorkflowLimits.ThrowIfTooLong(definitionId, ("definitionId", definitionId, WorkflowLimits.MaxDefinitionIdLength),
            ("correlationId", correlationId, WorkflowLimits.MaxCorrelationIdLength));
        var cache = instances.GuardsPublishedVersion;
        for (var attempt = 1; ; attempt++)
        {
            if (!cache || !_publishedVersions.TryGetValue(definitionId, out var version))
            {
                version = await definitions.GetPublishedVersionAsync(definitionId, ct)
                          ?? throw new WorkflowNotFoundException($"Workflow {definitionId} has no published version.");
                if (cache) _publishedVersions[definitionId] = version;
            }
            var workflow = await GetCompiledAsync(definitionId, version, ct);
            // Checked here, not in the trigger paths: an HTTP request or a cron occurrence carries a trigger payload, not inputs.
            if (WorkflowArguments.ValidateInput(workflow.Definition, input) is { Count: > 0 } errors) throw new WorkflowInputException(definitionId, errors);
            try
            {
                var state = runner.CreateState(workflow, Guid.CreateVersion7().ToString(), input, correlationId, null, null);
                return await DriveAsync(workflow, state, new CommitTracker { IsNew = true, RequirePublishedVersion = cache }, [], runOptions, ct);
            }
            catch (PublishedVersionChangedException) when (attempt < 3)
            {
                // Published or unpublished on another node since this node cached it: nothing was written; look again.
                _publishedVersions.TryRemove(new KeyValuePair<string, int>(definitionId, version));
            }
        }
    }

    /// <summary>
    /// Starts an instance of a compiled version, at a trigger activity if given. A caller-chosen <paramref name="instanceId"/>
    /// makes the start idempotent: a second start with the same id is refused by the store (LeaseLostException).
    /// </summary>
    public Task<RunOutcome> StartAsync(CompiledWorkflow workflow, JsonObject? input, string? correlationId, string? triggerActivityId,
        JsonNode? triggerPayload, RunOptions? runOptions, CancellationToken ct, string? instanceId = null)
    {
        WorkflowLimits.ThrowIfTooLong(workflow.Definition.DefinitionId, ("correlationId", correlationId, WorkflowLimits.MaxCorrelationIdLength));
        var state = runner.CreateState(workflow, instanceId ?? Guid.CreateVersion7().ToString(), input, correlationId, triggerActivityId, triggerPayload);
        var tracker = new CommitTracker { IsNew = true };
        return DriveAsync(workflow, state, tracker, [], runOptions, ct);
    }

    /// <summary>Raises a named event; it resumes one waiting bookmark now, or waits in the inbox for one.</summary>
    public Task<StimulusOutcome> RaiseEventAsync(string name, string? correlationId, JsonNode? payload = null,
        RunOptions? runOptions = null, CancellationToken ct = default, TimeSpan? timeToLive = null)
    {
        WorkflowLimits.ThrowIfTooLong(name, ("name", name, WorkflowLimits.MaxEventNameLength),
            ("correlationId", correlationId, WorkflowLimits.MaxCorrelationIdLength));
        return EnqueueAndDispatchAsync(name, BookmarkHash.Compute(name, correlationId), correlationId, null, false, payload, runOptions, ct, timeToLive);
    }

    /// <summary>Resumes one bookmark by id; if it is already consumed, nothing happens.</summary>
    public Task<StimulusOutcome> ResumeBookmarkAsync(string bookmarkId, JsonNode? payload = null, RunOptions? runOptions = null,
        CancellationToken ct = default) =>
        EnqueueAndDispatchAsync("Resume", "", null, bookmarkId, false, payload, runOptions, ct);

    /// <summary>
    /// Fires a timer's bookmark, always through the inbox (never optimistically): the stored firing is what shows that a
    /// timer fired, and how often, and timers are not the hot path.
    /// </summary>
    public Task<StimulusOutcome> FireTimerAsync(string bookmarkId, CancellationToken ct = default) =>
        EnqueueAndDispatchAsync("Timer", "", null, bookmarkId, true, null, null, ct, optimistic: false);

    private async Task<StimulusOutcome> EnqueueAndDispatchAsync(string name, string hash, string? correlationId, string? bookmarkId,
        bool isTimer, JsonNode? payload, RunOptions? runOptions, CancellationToken ct, TimeSpan? timeToLive = null, bool optimistic = true)
    {
        optimistic &= options.OptimisticResume;
        while (true)
        {
            var now = time.GetUtcNow();
            var stimulus = new StimulusRecord(0, name, hash, correlationId, bookmarkId, isTimer, payload, now, now + (timeToLive ?? options.StimulusTimeToLive));
            // Fast path: store + lease + claim in one round trip when a waiting instance is free; otherwise the stimulus is
            // stored and the ordinary dispatch below looks for its bookmark again, after the store committed. With an
            // optimistic resume allowed, the same round trip only reads a waiting instance whose resume has no side effects.
            var enqueued = await instances.EnqueueAndLeaseAsync(stimulus, NodeId, now, now + options.LeaseDuration, optimistic, ct);
            if (enqueued.Unleased is { } waiting)
            {
                if (await TryResumeOptimisticallyAsync(waiting, stimulus, runOptions, ct) is { } resumed) return new StimulusOutcome(null, resumed);
                // Another commit came first, an event waits ahead of this one, or the resume met a side effect: nothing was
                // written, so the event takes the leased way as if it had just arrived.
                optimistic = false;
                continue;
            }
            stimulus = stimulus with { Id = enqueued.StimulusId };
            if (enqueued.Leased is { } leased)
            {
                var outcome = await ContinueAsync(leased, runOptions, ct);
                if (outcome.ConsumedStimuli.Contains(stimulus.Id)) return new StimulusOutcome(stimulus.Id, outcome);
            }
            return await DispatchAsync(stimulus, runOptions, ct);
        }
    }

    /// <summary>
    /// Runs the resume without a lease and commits it in one guarded statement (ADR 0200 D11); null if it must be done the
    /// leased way. Only the bookmark's own activity and what follows it run, and only side-effect-free activities, so a
    /// run thrown away here has changed nothing anywhere.
    /// </summary>
    private async Task<RunOutcome?> TryResumeOptimisticallyAsync(LeasedInstance waiting, StimulusRecord stimulus, RunOptions? runOptions,
        CancellationToken ct)
    {
        var state = waiting.State;
        if (state.Status != WorkflowStatus.Suspended || state.Queue.Count > 0) return null;
        var bookmark = stimulus.BookmarkId is { } id ? state.Bookmarks.Find(b => b.Id == id) : state.Bookmarks.Find(b => b.Hash == stimulus.Hash);
        if (bookmark is null) return null;
        // The bookmark row said the resume is side-effect free (only published, immutable versions get that flag); the
        // runner's SideEffectFreeOnly guard stops the run before any activity that is not, should that ever be wrong.
        var workflow = await GetCompiledAsync(state.DefinitionId, state.DefinitionVersion, ct);
        var tracker = new CommitTracker
        {
            RowVersion = waiting.RowVersion, Optimistic = true, Claimed = [],
            PreviousBookmarks = state.Bookmarks.Select(b => b.Id).ToHashSet(StringComparer.Ordinal),
            PreviousHashes = state.Bookmarks.Select(b => b.Hash).Distinct(StringComparer.Ordinal).ToArray(),
        };
        var resumption = new Resumption(bookmark.Id, stimulus.IsTimer ? ResumeKind.Timer : ResumeKind.Stimulus, stimulus.Payload);
        try
        {
            return await DriveAsync(workflow, state, tracker, [resumption], runOptions, ct);
        }
        catch (SpeculationAbortedException e)
        {
            _logger.LogDebug("Workflow instance {InstanceId}: {Reason}; resuming it leased", state.InstanceId, e.Message);
            return null;
        }
    }

    public async Task<StimulusOutcome> DispatchAsync(StimulusRecord stimulus, RunOptions? runOptions, CancellationToken ct)
    {
        var candidates = await instances.FindWaitingInstancesAsync(stimulus, ct);
        if (candidates.Count == 0 && stimulus.BookmarkId is not null)
            await instances.DiscardStimulusAsync(stimulus.Id, time.GetUtcNow(), ct);
        foreach (var instanceId in candidates)
        {
            // A busy candidate is fine to skip: its holder looks in the inbox after committing.
            var outcome = await RunInstanceAsync(instanceId, runOptions, ct);
            if (outcome is not null && outcome.ConsumedStimuli.Contains(stimulus.Id)) return new StimulusOutcome(stimulus.Id, outcome);
        }
        return new StimulusOutcome(stimulus.Id, null);
    }

    /// <summary>Leases the instance and runs whatever is runnable; null if another node holds it.</summary>
    public async Task<RunOutcome?> RunInstanceAsync(string instanceId, RunOptions? runOptions = null, CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        var leased = await instances.TryLeaseAsync(instanceId, NodeId, now, now + options.LeaseDuration, ct);
        if (leased is null) return null;
        return await ContinueAsync(leased, runOptions, ct);
    }

    /// <summary>Runs a leased instance with the stimuli claimed for it, or gives the lease back if there is nothing to do.</summary>
    private async Task<RunOutcome> ContinueAsync(LeasedInstance leased, RunOptions? runOptions, CancellationToken ct)
    {
        var state = leased.State;
        var instanceId = state.InstanceId;
        var resumptions = Match(state, leased.ClaimedStimuli);
        if (resumptions.Count == 0 && state.Status != WorkflowStatus.Running)
        {
            await instances.ReleaseAsync(instanceId, NodeId, ct);
            return new RunOutcome(instanceId, state.Status, state, []);
        }
        var workflow = await GetCompiledAsync(state.DefinitionId, state.DefinitionVersion, ct);
        var tracker = new CommitTracker
        {
            RowVersion = leased.RowVersion, PreviousBookmarks = state.Bookmarks.Select(b => b.Id).ToHashSet(),
            Claimed = leased.ClaimedStimuli.Select(s => s.Id).ToHashSet(),
        };
        return await DriveAsync(workflow, state, tracker, resumptions, runOptions, ct);
    }

    private static List<Resumption> Match(WorkflowState state, IReadOnlyList<StimulusRecord> stimuli)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        var resumptions = new List<Resumption>();
        foreach (var s in stimuli.OrderBy(s => s.Id))
        {
            var bookmark = s.BookmarkId is { } id
                ? state.Bookmarks.Find(b => b.Id == id && !used.Contains(b.Id))
                : state.Bookmarks.Find(b => b.Hash == s.Hash && !used.Contains(b.Id));
            if (bookmark is null) continue;
            used.Add(bookmark.Id);
            resumptions.Add(new Resumption(bookmark.Id, s.IsTimer ? ResumeKind.Timer : ResumeKind.Stimulus, s.Payload, s.Id));
        }
        return resumptions;
    }
}
