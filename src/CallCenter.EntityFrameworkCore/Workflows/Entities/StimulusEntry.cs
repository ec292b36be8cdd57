namespace CallCenter.Workflows.Stores.Entities;

/// <summary>An inbox row; claimed by an instance's lease holder, processed in that instance's commit.</summary>
public sealed class StimulusEntry
{
    public long Id { get; set; }
    public string Name { get; set; } = "";
    public string Hash { get; set; } = "";
    public string? CorrelationId { get; set; }
    public string? BookmarkId { get; set; }
    public bool IsTimer { get; set; }
    public string? Payload { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public string? ClaimedBy { get; set; }
    public DateTimeOffset? ClaimUntil { get; set; }
    public DateTimeOffset? ProcessedAt { get; set; }
    public string? ConsumedBy { get; set; }
}
