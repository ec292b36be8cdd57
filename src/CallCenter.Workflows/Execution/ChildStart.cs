using System.Text.Json.Nodes;

namespace CallCenter.Workflows.Execution;

/// <summary>A sub-workflow the run asked for; the runtime creates it in the same commit as the parent's state.</summary>
public sealed record ChildStart(string InstanceId, string DefinitionId, JsonObject? Input, string? CorrelationId);
