using System.Text.Json.Nodes;

namespace CallCenter.Workflows.Models;

/// <summary>One activity placed on the flowchart.</summary>
public sealed class ActivityNode
{
    public string Id { get; set; } = "";
    public string Type { get; set; } = "";
    public string? Name { get; set; }
    public Dictionary<string, InputValue> Inputs { get; set; } = new(StringComparer.Ordinal);
    public RetryPolicy? Retry { get; set; }
    public CommitStrategy? CommitStrategy { get; set; }

    /// <summary>Designer data (position, size); kept verbatim, ignored by the engine.</summary>
    public JsonObject? Metadata { get; set; }
}
