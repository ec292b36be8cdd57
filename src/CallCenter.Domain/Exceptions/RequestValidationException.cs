using CallCenter.Errors;

namespace CallCenter.Exceptions;

/// <summary>A request whose fields are invalid; nothing was stored.</summary>
public sealed class RequestValidationException(IReadOnlyList<FieldError> errors)
    : BusinessException(CallCenterErrorCodes.ValidationFailed, errors.FirstOrDefault()?.Field)
{
    public IReadOnlyList<FieldError> Errors { get; } = errors;
}
