using CallCenter.Errors;

namespace CallCenter.Exceptions;

/// <summary>404: also what a station-scoped user gets for another station's row, so ids leak nothing.</summary>
public sealed class EntityNotFoundException(string entityType, object id)
    : BusinessException(CallCenterErrorCodes.NotFound, null, 404, entityType, id)
{
    public string EntityType { get; } = entityType;
}
