namespace CallCenter.Workflows.Stores;

/// <summary>A row of the instance list: what an operator filters and sorts by, without the state.</summary>
public sealed record WorkflowInstanceSummary(
    string Id,
    string DefinitionId,
    int DefinitionVersion,
    string Status,
    string? CorrelationId,
    string? ParentInstanceId,
    int IncidentCount,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? FinishedAt);
