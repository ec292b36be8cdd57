using System.Text.Json.Serialization;

namespace CallCenter.Workflows.Descriptors;

/// <remarks>Serialized by name wherever it appears (API, state), whatever the host's JSON options.</remarks>
[JsonConverter(typeof(JsonStringEnumConverter<ActivityKind>))]
public enum ActivityKind
{
    Action,

    /// <summary>Can start a workflow from outside (HTTP request, timer); indexed on publish.</summary>
    Trigger,
}
