using CallCenter.Workflows.Descriptors;
using CallCenter.Workflows.Execution;
using CallCenter.Workflows.Models;
using CallCenter.Workflows.Runtime;
using CallCenter.Workflows.Validation;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CallCenter.Workflows.Management;

/// <summary>
/// The definition lifecycle: validate, save draft, publish (with its trigger index, in one transaction),
/// unpublish, import/export. Running instances keep their pinned version whatever happens here. Scheduled triggers
/// (a Timer that starts the workflow) get their timer jobs after the publish commits; a crash in between leaves them
/// to the sweeper.
/// </summary>
public sealed class WorkflowDefinitionService(IWorkflowDefinitionStore store, WorkflowValidator validator, ActivityRegistry registry,
    IWorkflowTimerScheduler timers, TimeProvider time, ILogger<WorkflowDefinitionService>? logger = null)
{
    private readonly ILogger _logger = logger ?? NullLogger<WorkflowDefinitionService>.Instance;

    /// <summary>The validator's findings plus what only indexing the triggers finds (a Timer start without a usable cron).</summary>
    public IReadOnlyList<ValidationError> Validate(WorkflowDefinition definition)
    {
        var errors = validator.Validate(definition).ToList();
        IndexTriggers(definition, errors);
        return errors;
    }

    /// <summary>Drafts may be incomplete (analysts save half-drawn flows); only an unnamed one is refused.</summary>
    public Task<WorkflowDefinition> SaveDraftAsync(WorkflowDefinition definition, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(definition.DefinitionId))
            throw new WorkflowValidationException([new ValidationError(ValidationCodes.MissingDefinitionId, "definitionId", "The definition needs a definitionId.")]);
        if (WorkflowLimits.Check(("definitionId", definition.DefinitionId, WorkflowLimits.MaxDefinitionIdLength),
                ("name", definition.Name, WorkflowLimits.MaxDefinitionNameLength)) is { Count: > 0 } tooLong)
            throw new WorkflowValidationException(tooLong);
        return store.SaveDraftAsync(definition, ContentHash.Of(definition), ct);
    }

    public async Task<WorkflowDefinition> PublishAsync(string definitionId, int? version = null, CancellationToken ct = default)
    {
        var definition = (version is { } v ? await store.GetVersionAsync(definitionId, v, ct) : await store.GetLatestAsync(definitionId, ct))
                         ?? throw new WorkflowNotFoundException($"Workflow {definitionId} does not exist.");
        var errors = validator.Validate(definition).ToList();
        var triggers = IndexTriggers(definition, errors);
        if (errors.Count > 0) throw new WorkflowValidationException(errors);
        var previous = await store.GetTriggersAsync(definitionId, ct);
        var published = await store.PublishAsync(definitionId, definition.Version, triggers, ct);
        await RescheduleAsync(definitionId, previous, ct);
        return published;
    }

    public async Task UnpublishAsync(string definitionId, CancellationToken ct = default)
    {
        var previous = await store.GetTriggersAsync(definitionId, ct);
        await store.UnpublishAsync(definitionId, ct);
        await RescheduleAsync(definitionId, previous, ct);
    }

    /// <summary>After the commit: drop the old triggers' timer jobs, schedule the new ones' first occurrences.</summary>
    private async Task RescheduleAsync(string definitionId, IReadOnlyList<TriggerRecord> previous, CancellationToken ct)
    {
        foreach (var job in previous.Select(t => t.JobId).OfType<string>())
        {
            // A job that escapes cancellation finds its trigger row gone and does nothing.
            try { timers.Cancel(job); }
            catch (Exception e) { _logger.LogWarning(e, "Could not cancel trigger job {JobId}", job); }
        }
        foreach (var trigger in await store.GetTriggersAsync(definitionId, ct))
        {
            if (trigger.DueAt is not { } due) continue;
            try
            {
                // Once the job exists its id is recorded whatever the caller's token says (see WorkflowRuntime.ScheduleTimerAsync).
                if (timers.ScheduleTrigger(trigger.Id, due) is { } job) await store.SetTriggerJobAsync(trigger.Id, due, job, CancellationToken.None);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                _logger.LogWarning(e, "Could not schedule trigger {TriggerId} of {DefinitionId}; the sweeper will", trigger.Id, definitionId);
            }
        }
    }

    /// <summary>Saves and publishes a definition unless the published version has the same content; returns whether it changed.</summary>
    public async Task<(WorkflowDefinition Definition, bool Changed)> ImportAsync(WorkflowDefinition definition, bool publish, CancellationToken ct = default)
    {
        var errors = Validate(definition);
        if (errors.Count > 0) throw new WorkflowValidationException(errors);
        if (publish && await store.GetPublishedContentHashAsync(definition.DefinitionId, ct) == ContentHash.Of(definition))
            return ((await store.GetPublishedAsync(definition.DefinitionId, ct))!, false);
        var saved = await SaveDraftAsync(definition, ct);
        return (publish ? await PublishAsync(saved.DefinitionId, saved.Version, ct) : saved, true);
    }

    public async Task<string> ExportAsync(string definitionId, int? version = null, CancellationToken ct = default)
    {
        var definition = (version is { } v ? await store.GetVersionAsync(definitionId, v, ct) : await store.GetLatestAsync(definitionId, ct))
                         ?? throw new WorkflowNotFoundException($"Workflow {definitionId} does not exist.");
        return WorkflowJson.Serialize(definition);
    }

    public IReadOnlyList<TriggerRecord> IndexTriggers(WorkflowDefinition definition)
    {
        var errors = new List<ValidationError>();
        var triggers = IndexTriggers(definition, errors);
        return errors.Count > 0 ? throw new WorkflowValidationException(errors) : triggers;
    }

    private List<TriggerRecord> IndexTriggers(WorkflowDefinition definition, List<ValidationError> errors)
    {
        var triggers = new List<TriggerRecord>();
        var now = time.GetUtcNow();
        var targets = definition.Root.Connections.Select(c => c.Target.Activity).ToHashSet(StringComparer.Ordinal);
        // Only entry triggers start instances; a trigger activity further down the flow is a wait (a bookmark).
        foreach (var node in definition.Root.Activities.Where(a => !targets.Contains(a.Id)))
        {
            if (!registry.TryGet(node.Type, out var descriptor, out var activity) || descriptor.Kind != ActivityKind.Trigger
                || activity is not ITriggerActivity trigger) continue;
            try
            {
                foreach (var (name, key, payload) in trigger.GetTriggers(node))
                {
                    var due = trigger is IScheduledTriggerActivity scheduled ? scheduled.NextOccurrence(payload, now) : null;
                    triggers.Add(new TriggerRecord(definition.DefinitionId, definition.Version, node.Id, name, BookmarkHash.Compute(name, key), payload)
                        { DueAt = due });
                }
            }
            catch (Exception e) when (e is FormatException or InvalidOperationException)
            {
                var index = definition.Root.Activities.IndexOf(node);
                errors.Add(new ValidationError(ValidationCodes.InvalidTrigger, $"root.activities[{index}].inputs", e.Message, node.Id));
            }
        }
        return triggers;
    }
}
