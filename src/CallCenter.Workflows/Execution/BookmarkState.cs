using System.Text.Json.Nodes;

namespace CallCenter.Workflows.Execution;

/// <summary>A bookmark inside the instance state (the bookmark table is an index over these).</summary>
public sealed class BookmarkState
{
    public string Id { get; set; } = "";
    public string ActivityId { get; set; } = "";
    public string Name { get; set; } = "";
    public string Hash { get; set; } = "";
    public string? CorrelationId { get; set; }
    public JsonObject? Payload { get; set; }
    public DateTimeOffset? DueAt { get; set; }
}
