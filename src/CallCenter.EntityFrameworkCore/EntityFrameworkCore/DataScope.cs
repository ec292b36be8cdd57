namespace CallCenter.EntityFrameworkCore;

/// <summary>
/// What one unit of work may see, as <see cref="CallCenterDbContext"/>'s query filters apply it: a station-scoped
/// user sees their station's rows (rows without a station only when they have none either), a technician only the
/// work orders assigned to them. Soft-deleted rows are never seen.
/// </summary>
public readonly record struct DataScope(bool IsStationScoped, Guid? StationId, bool IsTechnician, Guid? UserId);
