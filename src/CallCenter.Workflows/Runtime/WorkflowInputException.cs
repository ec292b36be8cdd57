using CallCenter.Workflows.Validation;

namespace CallCenter.Workflows.Runtime;

/// <summary>A start was refused because its input does not match the definition's declared inputs; nothing was stored.</summary>
public sealed class WorkflowInputException(string definitionId, IReadOnlyList<ValidationError> errors)
    : Exception($"The input does not fit workflow {definitionId}: " + string.Join("; ", errors.Select(e => e.Message)))
{
    public string DefinitionId { get; } = definitionId;
    public IReadOnlyList<ValidationError> Errors { get; } = errors;
}
