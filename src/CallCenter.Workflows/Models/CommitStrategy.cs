using System.Text.Json.Serialization;

namespace CallCenter.Workflows.Models;

/// <remarks>Serialized by name wherever it appears (API, state), whatever the host's JSON options.</remarks>
[JsonConverter(typeof(JsonStringEnumConverter<CommitStrategy>))]
public enum CommitStrategy
{
    /// <summary>Write state once, when the run suspends or ends (fast; uncommitted steps re-run after a crash).</summary>
    Suspended,

    /// <summary>Checkpoint after each activity, so a crash never repeats a step that completed.</summary>
    ActivityExecuted,
}
