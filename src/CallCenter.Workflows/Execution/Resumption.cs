using System.Text.Json.Nodes;

namespace CallCenter.Workflows.Execution;

/// <summary>A bookmark to resume in this run, with what resumed it.</summary>
public sealed record Resumption(string BookmarkId, ResumeKind Kind, JsonNode? Payload, long? StimulusId = null);
