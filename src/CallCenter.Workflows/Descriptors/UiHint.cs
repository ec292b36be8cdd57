using System.Text.Json.Serialization;

namespace CallCenter.Workflows.Descriptors;

/// <summary>Which editor the designer shows for an input.</summary>
/// <remarks>Serialized by name wherever it appears (API, state), whatever the host's JSON options.</remarks>
[JsonConverter(typeof(JsonStringEnumConverter<UiHint>))]
public enum UiHint
{
    Text,
    MultiLine,
    Number,
    Checkbox,
    Dropdown,
    Duration,
    Expression,
    Json,
}
