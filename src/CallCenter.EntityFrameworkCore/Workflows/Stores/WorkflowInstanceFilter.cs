namespace CallCenter.Workflows.Stores;

public sealed record WorkflowInstanceFilter(
    string? DefinitionId = null,
    string? Status = null,
    string? CorrelationId = null,
    bool? HasIncidents = null,
    int Page = 1,
    int PageSize = 50,
    DateTimeOffset? CreatedFrom = null,
    DateTimeOffset? CreatedTo = null);
