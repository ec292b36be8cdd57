using System.Text.Json.Nodes;

namespace CallCenter.Workflows.Execution;

/// <summary>
/// A wait an activity asks for: a stimulus named <paramref name="Name"/> (with the same correlation) resumes it;
/// <paramref name="DueAt"/> adds a timer that resumes it with <see cref="ResumeKind.Timer"/> instead.
/// </summary>
public sealed record BookmarkRequest(string Name, string? CorrelationId = null, JsonObject? Payload = null, DateTimeOffset? DueAt = null);
