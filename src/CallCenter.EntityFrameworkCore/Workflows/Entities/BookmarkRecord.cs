namespace CallCenter.Workflows.Stores.Entities;

/// <summary>An index row over a bookmark in an instance's state; the hash is what stimuli look up.</summary>
public sealed class BookmarkRecord
{
    public string Id { get; set; } = "";
    public string InstanceId { get; set; } = "";
    public string ActivityId { get; set; } = "";
    public string Name { get; set; } = "";
    public string Hash { get; set; } = "";
    public string? CorrelationId { get; set; }
    public DateTimeOffset? DueAt { get; set; }
    public string? JobId { get; set; }

    /// <summary>Its resume runs only side-effect-free activities, so an event may resume it optimistically (ADR 0200 D11).</summary>
    public bool SideEffectFree { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
