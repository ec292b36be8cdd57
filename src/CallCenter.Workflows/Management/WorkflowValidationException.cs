using CallCenter.Workflows.Validation;

namespace CallCenter.Workflows.Management;

public sealed class WorkflowValidationException(IReadOnlyList<ValidationError> errors)
    : Exception("The workflow definition is invalid: " + string.Join("; ", errors.Select(e => $"{e.Path}: {e.Message}")))
{
    public IReadOnlyList<ValidationError> Errors { get; } = errors;
}
