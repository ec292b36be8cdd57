using CallCenter.Errors;
using CallCenter.Exceptions;
using CallCenter.Identity;
using CallCenter.Repositories;
using CallCenter.Validation;

namespace CallCenter.Stations;

/// <summary>Departments with their teams: the organization page and the user editor's pickers.</summary>
public sealed class DepartmentAppService(
    IRepository<Department> departments,
    IRepository<Team> teams,
    IRepository<Station> stations,
    IRepository<AppUser> users,
    IAsyncQueryExecuter query,
    IUnitOfWork uow)
{
    public async Task<IReadOnlyList<DepartmentDto>> GetListAsync(CancellationToken ct = default)
    {
        var deps = await query.ToListAsync(departments.Query().OrderBy(d => d.Code), ct);
        var teamRows = await query.ToListAsync(
            from t in teams.Query()
            join s in stations.Query() on t.StationId equals s.Id into ts
            from s in ts.DefaultIfEmpty()
            orderby t.Name
            select new { t.Id, t.Name, t.DepartmentId, t.StationId, StationName = s == null ? null : s.Name,
                Members = users.Query().Count(u => u.TeamId == t.Id) }, ct);
        return deps.Select(d => new DepartmentDto(d.Id, d.Code, d.Name, teamRows.Where(t => t.DepartmentId == d.Id)
            .Select(t => new TeamDto(t.Id, t.Name, t.DepartmentId, t.StationId, t.StationName, t.Members)).ToList())).ToList();
    }

    public async Task<DepartmentDto> CreateAsync(CreateUpdateDepartmentDto input, CancellationToken ct = default)
    {
        await ValidateAsync(input, null, ct);
        var department = new Department { Code = input.Code.Trim(), Name = input.Name.Trim() };
        departments.Add(department);
        await uow.SaveChangesAsync(ct);
        return (await GetListAsync(ct)).Single(d => d.Id == department.Id);
    }

    public async Task<DepartmentDto> UpdateAsync(Guid id, CreateUpdateDepartmentDto input, CancellationToken ct = default)
    {
        var department = await query.FirstOrDefaultAsync(departments.Query().Where(d => d.Id == id), ct)
                         ?? throw new EntityNotFoundException("Department", id);
        await ValidateAsync(input, id, ct);
        department.Code = input.Code.Trim();
        department.Name = input.Name.Trim();
        await uow.SaveChangesAsync(ct);
        return (await GetListAsync(ct)).Single(d => d.Id == id);
    }

    public async Task<TeamDto> CreateTeamAsync(CreateUpdateTeamDto input, CancellationToken ct = default)
    {
        await ValidateTeamAsync(input, ct);
        var team = new Team { Name = input.Name.Trim(), DepartmentId = input.DepartmentId, StationId = input.StationId };
        teams.Add(team);
        await uow.SaveChangesAsync(ct);
        return (await GetListAsync(ct)).SelectMany(d => d.Teams).Single(t => t.Id == team.Id);
    }

    public async Task<TeamDto> UpdateTeamAsync(Guid id, CreateUpdateTeamDto input, CancellationToken ct = default)
    {
        var team = await query.FirstOrDefaultAsync(teams.Query().Where(t => t.Id == id), ct) ?? throw new EntityNotFoundException("Team", id);
        await ValidateTeamAsync(input, ct);
        team.Name = input.Name.Trim();
        team.DepartmentId = input.DepartmentId;
        team.StationId = input.StationId;
        await uow.SaveChangesAsync(ct);
        return (await GetListAsync(ct)).SelectMany(d => d.Teams).Single(t => t.Id == id);
    }

    private async Task ValidateAsync(CreateUpdateDepartmentDto input, Guid? id, CancellationToken ct)
    {
        new FieldValidator().RequiredMax("code", input.Code, 16).RequiredMax("name", input.Name, 64).ThrowIfInvalid();
        var code = input.Code.Trim();
        if (await query.AnyAsync(departments.Query().Where(d => d.Code == code && d.Id != id), ct))
            throw new BusinessException(CallCenterErrorCodes.DepartmentCodeTaken, "code", code);
    }

    private async Task ValidateTeamAsync(CreateUpdateTeamDto input, CancellationToken ct)
    {
        var v = new FieldValidator().RequiredMax("name", input.Name, 64);
        if (!await query.AnyAsync(departments.Query().Where(d => d.Id == input.DepartmentId), ct))
            v.Add("departmentId", "Validation:Required");
        if (input.StationId is { } sid && !await query.AnyAsync(stations.Query().Where(s => s.Id == sid), ct))
            v.Add("stationId", CallCenterErrorCodes.HouseholdStationUnknown);
        v.ThrowIfInvalid();
    }
}
