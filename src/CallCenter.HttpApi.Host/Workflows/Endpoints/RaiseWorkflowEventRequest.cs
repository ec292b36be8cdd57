using System.Text.Json.Nodes;

namespace CallCenter.Workflows;

/// <summary>A named event for the inbox: it resumes one waiting bookmark with the same correlation id, now or when one appears.</summary>
public sealed record RaiseWorkflowEventRequest(string Name, string? CorrelationId, JsonNode? Payload);
