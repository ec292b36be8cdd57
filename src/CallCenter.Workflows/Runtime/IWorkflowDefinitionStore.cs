using CallCenter.Workflows.Models;

namespace CallCenter.Workflows.Runtime;

/// <summary>Definition versions (at most one published per definition) and the trigger index of published ones.</summary>
public interface IWorkflowDefinitionStore
{
    Task<WorkflowDefinition?> GetPublishedAsync(string definitionId, CancellationToken ct);

    /// <summary>Just the published version number: the hot start path then takes the compiled definition from cache.</summary>
    Task<int?> GetPublishedVersionAsync(string definitionId, CancellationToken ct);
    Task<WorkflowDefinition?> GetVersionAsync(string definitionId, int version, CancellationToken ct);
    Task<WorkflowDefinition?> GetLatestAsync(string definitionId, CancellationToken ct);
    Task<IReadOnlyList<WorkflowDefinition>> ListLatestAsync(CancellationToken ct);
    Task<IReadOnlyList<WorkflowDefinition>> ListVersionsAsync(string definitionId, CancellationToken ct);

    /// <summary>Overwrites the latest version if it is an unpublished draft, else adds version latest+1.</summary>
    Task<WorkflowDefinition> SaveDraftAsync(WorkflowDefinition definition, string contentHash, CancellationToken ct);

    /// <summary>Publishes one version and replaces the definition's triggers, in one transaction.</summary>
    Task<WorkflowDefinition> PublishAsync(string definitionId, int version, IReadOnlyList<TriggerRecord> triggers, CancellationToken ct);

    Task UnpublishAsync(string definitionId, CancellationToken ct);

    Task<string?> GetPublishedContentHashAsync(string definitionId, CancellationToken ct);

    Task<IReadOnlyList<TriggerRecord>> FindTriggersAsync(string hash, CancellationToken ct);
}
