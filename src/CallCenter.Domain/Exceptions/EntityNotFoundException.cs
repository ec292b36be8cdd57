using CallCenter.Errors;

namespace CallCenter.Exceptions;

/// <summary>A row that is not there — also what a station-scoped user gets for another station's row, so ids leak nothing.</summary>
public sealed class EntityNotFoundException(string entityType, object id)
    : BusinessException(CallCenterErrorCodes.NotFound, null, entityType, id)
{
    public string EntityType { get; } = entityType;
}
