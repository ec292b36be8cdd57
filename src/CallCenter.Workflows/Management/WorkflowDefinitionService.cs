using CallCenter.Workflows.Descriptors;
using CallCenter.Workflows.Execution;
using CallCenter.Workflows.Models;
using CallCenter.Workflows.Runtime;
using CallCenter.Workflows.Validation;

namespace CallCenter.Workflows.Management;

/// <summary>
/// The definition lifecycle: validate, save draft, publish (with its trigger index, in one transaction),
/// unpublish, import/export. Running instances keep their pinned version whatever happens here.
/// </summary>
public sealed class WorkflowDefinitionService(IWorkflowDefinitionStore store, WorkflowValidator validator, ActivityRegistry registry)
{
    public IReadOnlyList<ValidationError> Validate(WorkflowDefinition definition) => validator.Validate(definition);

    /// <summary>Drafts may be incomplete (analysts save half-drawn flows); only an unnamed one is refused.</summary>
    public Task<WorkflowDefinition> SaveDraftAsync(WorkflowDefinition definition, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(definition.DefinitionId))
            throw new WorkflowValidationException([new ValidationError(ValidationCodes.MissingDefinitionId, "definitionId", "The definition needs a definitionId.")]);
        return store.SaveDraftAsync(definition, ContentHash.Of(definition), ct);
    }

    public async Task<WorkflowDefinition> PublishAsync(string definitionId, int? version = null, CancellationToken ct = default)
    {
        var definition = (version is { } v ? await store.GetVersionAsync(definitionId, v, ct) : await store.GetLatestAsync(definitionId, ct))
                         ?? throw new WorkflowNotFoundException($"Workflow {definitionId} does not exist.");
        var errors = validator.Validate(definition);
        if (errors.Count > 0) throw new WorkflowValidationException(errors);
        return await store.PublishAsync(definitionId, definition.Version, IndexTriggers(definition), ct);
    }

    public Task UnpublishAsync(string definitionId, CancellationToken ct = default) => store.UnpublishAsync(definitionId, ct);

    /// <summary>Saves and publishes a definition unless the published version has the same content; returns whether it changed.</summary>
    public async Task<(WorkflowDefinition Definition, bool Changed)> ImportAsync(WorkflowDefinition definition, bool publish, CancellationToken ct = default)
    {
        var errors = validator.Validate(definition);
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
        var triggers = new List<TriggerRecord>();
        var targets = definition.Root.Connections.Select(c => c.Target.Activity).ToHashSet(StringComparer.Ordinal);
        // Only entry triggers start instances; a trigger activity further down the flow is a wait (a bookmark).
        foreach (var node in definition.Root.Activities.Where(a => !targets.Contains(a.Id)))
        {
            if (!registry.TryGet(node.Type, out var descriptor, out var activity) || descriptor.Kind != ActivityKind.Trigger
                || activity is not ITriggerActivity trigger) continue;
            foreach (var (name, key, payload) in trigger.GetTriggers(node))
                triggers.Add(new TriggerRecord(definition.DefinitionId, definition.Version, node.Id, name, BookmarkHash.Compute(name, key), payload));
        }
        return triggers;
    }
}
