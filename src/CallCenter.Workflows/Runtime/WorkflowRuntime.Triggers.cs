using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using CallCenter.Workflows.Execution;
using Microsoft.Extensions.Logging;

namespace CallCenter.Workflows.Runtime;

public sealed partial class WorkflowRuntime
{
    /// <summary>
    /// Fires one occurrence of a scheduled trigger (a Timer that starts its workflow): starts the instance of that
    /// occurrence, then moves the trigger to its next occurrence and schedules it. Safe to call twice for one
    /// occurrence (two timer servers, a retried job, the sweeper): the instance id is derived from the occurrence, so
    /// the second start is refused by the store's primary key, and only one caller wins the move to the next
    /// occurrence. A job for a trigger that was unpublished or republished finds no row and does nothing.
    /// </summary>
    public async Task<RunOutcome?> FireTriggerAsync(long triggerId, DateTimeOffset occurrence, CancellationToken ct = default)
    {
        var trigger = await definitions.GetTriggerAsync(triggerId, ct);
        if (trigger?.DueAt is not { } due || due != occurrence) return null;
        RunOutcome? outcome = null;
        var instanceId = OccurrenceInstanceId(trigger, occurrence);
        if (await instances.GetStateAsync(instanceId, ct) is null)
        {
            var workflow = await GetCompiledAsync(trigger.DefinitionId, trigger.Version, ct);
            var payload = new JsonObject { ["occurrence"] = occurrence, ["cron"] = trigger.Payload?["cron"]?.DeepClone() };
            var state = runner.CreateState(workflow, instanceId, null, null, trigger.ActivityId, payload);
            var tracker = new CommitTracker { IsNew = true };
            // Claim the occurrence before running anything: the primary key lets exactly one firing's claim land, so
            // the workflow's steps run once per occurrence rather than once per firing that raced to it.
            try
            {
                if (await CommitAsync(tracker, state, new RunResult(), keepLease: true, ct))
                    outcome = await DriveAsync(workflow, state, tracker, [], null, ct);
            }
            catch (LeaseLostException)
            {
                // Our lease on the claimed instance expired mid-run; the sweeper finishes it from the claim.
            }
        }
        // Missed occurrences (all nodes down) are not replayed one by one: the overdue one fired now, the next is in the future.
        var now = time.GetUtcNow();
        var next = await NextOccurrenceAsync(trigger, occurrence > now ? occurrence : now, ct);
        if (await definitions.AdvanceTriggerAsync(triggerId, occurrence, next, ct) && next is { } nextDue)
            await ScheduleTriggerAsync(triggerId, nextDue, ct);
        return outcome;
    }

    /// <summary>The next occurrence after a time, or null if the trigger's activity is no scheduled trigger (or never fires again).</summary>
    public async Task<DateTimeOffset?> NextOccurrenceAsync(TriggerRecord trigger, DateTimeOffset after, CancellationToken ct)
    {
        var workflow = await GetCompiledAsync(trigger.DefinitionId, trigger.Version, ct);
        if (workflow.Graph.Find(trigger.ActivityId) is not { } node || !runner.Registry.TryGet(node.Type, out _, out var activity)
            || activity is not IScheduledTriggerActivity scheduled) return null;
        try { return scheduled.NextOccurrence(trigger.Payload, after); }
        catch (Exception e) when (e is FormatException or InvalidOperationException)
        {
            _logger.LogWarning(e, "Trigger {TriggerId} of {DefinitionId} has no next occurrence", trigger.Id, trigger.DefinitionId);
            return null;
        }
    }

    /// <summary>
    /// Schedules the timer job of an occurrence and records it; a failure is retried by the sweeper. Once the job exists its
    /// id is recorded whatever the caller's token says (as for bookmark timers, see ScheduleTimerAsync).
    /// </summary>
    public async Task ScheduleTriggerAsync(long triggerId, DateTimeOffset occurrence, CancellationToken ct)
    {
        try
        {
            ct.ThrowIfCancellationRequested();
            if (timers.ScheduleTrigger(triggerId, occurrence) is { } job)
                await definitions.SetTriggerJobAsync(triggerId, occurrence, job, CancellationToken.None);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            _logger.LogWarning(e, "Could not schedule trigger {TriggerId} at {Occurrence}; the sweeper will retry", triggerId, occurrence);
        }
    }

    /// <summary>Deterministic per (definition, trigger activity, occurrence): the database's primary key makes the start once-only.</summary>
    public static string OccurrenceInstanceId(TriggerRecord trigger, DateTimeOffset occurrence)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes($"{trigger.DefinitionId}\n{trigger.ActivityId}\n{occurrence.UtcTicks}"));
        return new Guid(bytes.AsSpan(0, 16)).ToString();
    }
}
