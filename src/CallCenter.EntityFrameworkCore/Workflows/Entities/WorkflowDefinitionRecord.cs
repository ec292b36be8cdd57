namespace CallCenter.Workflows.Stores.Entities;

public sealed class WorkflowDefinitionRecord
{
    public string Id { get; set; } = "";
    public string DefinitionId { get; set; } = "";
    public int Version { get; set; }
    public string Name { get; set; } = "";
    public string? Description { get; set; }
    public bool IsLatest { get; set; }
    public bool IsPublished { get; set; }
    public string ContentHash { get; set; } = "";
    public string Json { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? PublishedAt { get; set; }
}
