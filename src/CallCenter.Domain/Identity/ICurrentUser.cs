namespace CallCenter.Identity;

/// <summary>Who is acting: the signed-in user of a request, or nobody for the seeder and background jobs.</summary>
public interface ICurrentUser
{
    Guid? Id { get; }
    string? UserName { get; }
    /// <summary>Set for station-scoped users (StationDispatcher, Technician): they see only this station's data.</summary>
    Guid? ScopedStationId { get; }
    bool IsStationScoped { get; }
    /// <summary>A technician sees only the work orders assigned to them.</summary>
    bool IsTechnician => false;
}
