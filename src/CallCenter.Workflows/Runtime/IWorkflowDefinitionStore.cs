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

    /// <summary>The indexed triggers of a definition (with ids, next occurrences and timer jobs).</summary>
    Task<IReadOnlyList<TriggerRecord>> GetTriggersAsync(string definitionId, CancellationToken ct);

    Task<TriggerRecord?> GetTriggerAsync(long triggerId, CancellationToken ct);

    /// <summary>
    /// Moves a scheduled trigger from <paramref name="expectedDue"/> to its next occurrence (clearing its job); false when
    /// another firing already did — so exactly one firing of an occurrence schedules the next one.
    /// </summary>
    Task<bool> AdvanceTriggerAsync(long triggerId, DateTimeOffset expectedDue, DateTimeOffset? nextDue, CancellationToken ct);

    /// <summary>Records the timer job of the occurrence <paramref name="dueAt"/> (ignored if the trigger moved on or is gone).</summary>
    Task SetTriggerJobAsync(long triggerId, DateTimeOffset dueAt, string jobId, CancellationToken ct);

    /// <summary>Scheduled triggers without a timer job (a crash between publish or firing and scheduling): the sweeper's work.</summary>
    Task<IReadOnlyList<TriggerRecord>> UnscheduledTriggersAsync(int max, CancellationToken ct);
}
