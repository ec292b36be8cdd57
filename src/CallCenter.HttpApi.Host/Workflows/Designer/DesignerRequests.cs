using System.Text.Json.Nodes;

namespace CallCenter.Workflows.Designer;

/// <summary>Copy a definition's latest version under a new id (and name) as a draft.</summary>
public sealed record DuplicateWorkflowRequest(string? DefinitionId, string? Name);

/// <summary>Start the published version from the designer with input values; the correlation id marks it as a test.</summary>
public sealed record TestRunRequest(JsonObject? Input, string? CorrelationId);
