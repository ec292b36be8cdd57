using System.Text.Json.Nodes;

namespace CallCenter.Workflows.Execution;

/// <summary>An activity waiting to execute, and the connection source it came from (Join counts these).</summary>
public sealed class ScheduledStep
{
    public string ActivityId { get; set; } = "";
    public string? From { get; set; }
    public int Attempt { get; set; }

    /// <summary>Set when a trigger started the instance: the trigger activity completes with it instead of waiting.</summary>
    public JsonNode? TriggerPayload { get; set; }
}
