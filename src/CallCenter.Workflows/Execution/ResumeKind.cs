using System.Text.Json.Serialization;

namespace CallCenter.Workflows.Execution;

/// <remarks>Serialized by name wherever it appears (API, state), whatever the host's JSON options.</remarks>
[JsonConverter(typeof(JsonStringEnumConverter<ResumeKind>))]
public enum ResumeKind
{
    Stimulus,
    Timer,
}
