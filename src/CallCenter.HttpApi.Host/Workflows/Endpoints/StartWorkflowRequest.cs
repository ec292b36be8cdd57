using System.Text.Json.Nodes;

namespace CallCenter.Workflows;

public sealed record StartWorkflowRequest(string DefinitionId, JsonObject? Input, string? CorrelationId);
