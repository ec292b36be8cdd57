using System.Text.Json.Serialization;

namespace CallCenter.Workflows.Execution;

/// <remarks>Serialized by name wherever it appears (API, state), whatever the host's JSON options.</remarks>
[JsonConverter(typeof(JsonStringEnumConverter<JournalEventKind>))]
public enum JournalEventKind
{
    WorkflowStarted,
    Completed,
    Suspended,
    Resumed,
    Faulted,
    Retried,
    Log,
    WorkflowFinished,
    WorkflowFaulted,
    WorkflowCancelled,
}
