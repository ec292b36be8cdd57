using CallCenter.Identity;
using CallCenter.Repositories;

namespace CallCenter.Stations;

/// <summary>Departments with their teams, for the organization page and the user editor's pickers.</summary>
public sealed class DepartmentAppService(
    IRepository<Department> departments,
    IRepository<Team> teams,
    IRepository<Station> stations,
    IRepository<AppUser> users,
    IAsyncQueryExecuter query)
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
}
