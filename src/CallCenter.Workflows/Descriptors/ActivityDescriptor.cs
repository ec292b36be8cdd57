using System.Text.Json.Serialization;

namespace CallCenter.Workflows.Descriptors;

/// <summary>What the designer and the validator know about an activity type.</summary>
public sealed record ActivityDescriptor(
    string Type,
    string Category,
    ActivityKind Kind,
    LocalizedText DisplayName,
    LocalizedText Description,
    IReadOnlyList<InputDescriptor> Inputs,
    IReadOnlyList<OutputDescriptor> Outputs,
    IReadOnlyList<string> Outcomes,
    string? OutcomesFromInput)
{
    /// <summary>See <see cref="ActivityAttribute.SideEffectFree"/>; the engine's business, not the designer's.</summary>
    [JsonIgnore]
    public bool SideEffectFree { get; init; }
}
