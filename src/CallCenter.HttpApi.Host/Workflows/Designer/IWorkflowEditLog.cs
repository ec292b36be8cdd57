namespace CallCenter.Workflows.Designer;

/// <summary>
/// Who changed a definition and when ("last edited by/at" in the designer's list). The host keeps it in its audit
/// log; a host without one (the engine's own API tests) registers none and the designer shows no editor.
/// </summary>
public interface IWorkflowEditLog
{
    Task RecordAsync(string definitionId, WorkflowEditKind kind, int? version, CancellationToken ct);

    /// <summary>The newest edit of each of the given definitions.</summary>
    Task<IReadOnlyDictionary<string, WorkflowEdit>> LatestAsync(IReadOnlyCollection<string> definitionIds, CancellationToken ct);
}
