using System.Text.Json.Nodes;

namespace CallCenter.Workflows.Runtime;

/// <summary>A trigger of a published version, indexed by hash so an HTTP request or a timer finds its workflows at once.</summary>
public sealed record TriggerRecord(string DefinitionId, int Version, string ActivityId, string Name, string Hash, JsonObject? Payload);
