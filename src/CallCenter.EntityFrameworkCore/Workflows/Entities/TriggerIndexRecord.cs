namespace CallCenter.Workflows.Stores.Entities;

public sealed class TriggerIndexRecord
{
    public long Id { get; set; }
    public string DefinitionId { get; set; } = "";
    public int Version { get; set; }
    public string ActivityId { get; set; } = "";
    public string Name { get; set; } = "";
    public string Hash { get; set; } = "";
    public string? Payload { get; set; }
}
