namespace CallCenter.Workflows.Stores.Entities;

/// <summary>One instance: queryable columns for lists, the compact state as JSON, and the lease.</summary>
public sealed class WorkflowInstanceRecord
{
    public string Id { get; set; } = "";
    public string DefinitionId { get; set; } = "";
    public int DefinitionVersion { get; set; }
    public string Status { get; set; } = "";
    public string? CorrelationId { get; set; }
    public string? ParentInstanceId { get; set; }
    public int IncidentCount { get; set; }
    public string State { get; set; } = "";
    public string? LeaseOwner { get; set; }
    public DateTimeOffset? LeaseUntil { get; set; }
    public long RowVersion { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }
}
