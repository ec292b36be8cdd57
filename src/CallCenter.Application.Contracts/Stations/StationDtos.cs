namespace CallCenter.Stations;

public sealed record StationDto(
    Guid Id,
    string Code,
    string Name,
    string District,
    string? DispatchPhone,
    IReadOnlyList<string> Communities,
    Guid? DepartmentId,
    string? DepartmentName,
    bool IsActive,
    int HouseholdCount,
    int TechnicianCount);

public sealed record CreateUpdateStationDto
{
    public string Code { get; init; } = "";
    public string Name { get; init; } = "";
    public string District { get; init; } = "";
    public string? DispatchPhone { get; init; }
    public IReadOnlyList<string> Communities { get; init; } = [];
    public Guid? DepartmentId { get; init; }
    public bool IsActive { get; init; } = true;
}

public sealed record DepartmentDto(Guid Id, string Code, string Name, IReadOnlyList<TeamDto> Teams);

public sealed record TeamDto(Guid Id, string Name, Guid DepartmentId, Guid? StationId, string? StationName, int MemberCount);

public sealed record CreateUpdateDepartmentDto(string Code, string Name);

public sealed record CreateUpdateTeamDto(string Name, Guid DepartmentId, Guid? StationId);
