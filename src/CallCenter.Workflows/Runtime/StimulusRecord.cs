using System.Text.Json.Nodes;

namespace CallCenter.Workflows.Runtime;

/// <summary>
/// An inbox entry: an event (matched by hash of name + correlation id) or a targeted resume of one bookmark
/// (a timer firing, a direct resume). It is stored before anyone looks for its bookmark, so it cannot be lost.
/// </summary>
public sealed record StimulusRecord(
    long Id,
    string Name,
    string Hash,
    string? CorrelationId,
    string? BookmarkId,
    bool IsTimer,
    JsonNode? Payload,
    DateTimeOffset CreatedAt,
    DateTimeOffset ExpiresAt);
