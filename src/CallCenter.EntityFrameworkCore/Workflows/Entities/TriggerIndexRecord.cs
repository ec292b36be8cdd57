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

    /// <summary>Next occurrence of a scheduled trigger (Timer start); null for request triggers.</summary>
    public DateTimeOffset? DueAt { get; set; }

    /// <summary>The timer job that fires <see cref="DueAt"/>; null until scheduled (the sweeper looks for those).</summary>
    public string? JobId { get; set; }
}
