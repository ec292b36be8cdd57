using System.Text.Json.Nodes;

namespace CallCenter.Workflows.Runtime;

/// <summary>
/// A trigger of a published version, indexed by hash so an HTTP request finds its workflows at once. A scheduled
/// trigger (Timer) also carries its next occurrence and the timer job that will fire it.
/// </summary>
public sealed record TriggerRecord(string DefinitionId, int Version, string ActivityId, string Name, string Hash, JsonObject? Payload)
{
    /// <summary>Row id once stored; timer jobs name the trigger by it, so a republished trigger never fires an old job.</summary>
    public long Id { get; init; }

    public DateTimeOffset? DueAt { get; init; }
    public string? JobId { get; init; }
}
