using CallCenter.Permissions;
using CallCenter.Stations;

namespace CallCenter.Endpoints;

public static class StationEndpoints
{
    public static void MapStationEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/stations").WithTags("Stations");
        group.MapGet("/", (IStationAppService svc, CancellationToken ct) => svc.GetListAsync(ct))
            .WithName("GetStations").WithSummary("List heat-exchange stations")
            .RequireAuthorization(CallCenterPermissions.Stations.Default);
        group.MapGet("/{id:guid}", (Guid id, IStationAppService svc, CancellationToken ct) => svc.GetAsync(id, ct))
            .WithName("GetStation").WithSummary("One station with its communities")
            .RequireAuthorization(CallCenterPermissions.Stations.Default);
        group.MapPost("/", async (CreateUpdateStationDto input, IStationAppService svc, CancellationToken ct) =>
            {
                var created = await svc.CreateAsync(input, ct);
                return TypedResults.Created($"/api/stations/{created.Id}", created);
            })
            .WithName("CreateStation").WithSummary("Create a station")
            .RequireAuthorization(CallCenterPermissions.Stations.Edit);
        group.MapPut("/{id:guid}", (Guid id, CreateUpdateStationDto input, IStationAppService svc, CancellationToken ct) => svc.UpdateAsync(id, input, ct))
            .WithName("UpdateStation").WithSummary("Update a station")
            .RequireAuthorization(CallCenterPermissions.Stations.Edit);
        group.MapDelete("/{id:guid}", async (Guid id, IStationAppService svc, CancellationToken ct) =>
            {
                await svc.DeleteAsync(id, ct);
                return TypedResults.NoContent();
            })
            .WithName("DeleteStation").WithSummary("Delete a station")
            .RequireAuthorization(CallCenterPermissions.Stations.Edit);

        var organization = app.MapGroup("/api/departments").WithTags("Organization");
        organization.MapGet("/", (DepartmentAppService svc, CancellationToken ct) => svc.GetListAsync(ct))
            .WithName("GetDepartments").WithSummary("Departments with their teams")
            .RequireAuthorization(CallCenterPermissions.Organization.Default);
        organization.MapPost("/", async (CreateUpdateDepartmentDto input, DepartmentAppService svc, CancellationToken ct) =>
            {
                var created = await svc.CreateAsync(input, ct);
                return TypedResults.Created($"/api/departments/{created.Id}", created);
            })
            .WithName("CreateDepartment").WithSummary("Create a department")
            .RequireAuthorization(CallCenterPermissions.Organization.Edit);
        organization.MapPut("/{id:guid}", (Guid id, CreateUpdateDepartmentDto input, DepartmentAppService svc, CancellationToken ct) =>
                svc.UpdateAsync(id, input, ct))
            .WithName("UpdateDepartment").WithSummary("Update a department")
            .RequireAuthorization(CallCenterPermissions.Organization.Edit);
        organization.MapPost("/teams", async (CreateUpdateTeamDto input, DepartmentAppService svc, CancellationToken ct) =>
            {
                var created = await svc.CreateTeamAsync(input, ct);
                return TypedResults.Created($"/api/departments/teams/{created.Id}", created);
            })
            .WithName("CreateTeam").WithSummary("Create a team")
            .RequireAuthorization(CallCenterPermissions.Organization.Edit);
        organization.MapPut("/teams/{id:guid}", (Guid id, CreateUpdateTeamDto input, DepartmentAppService svc, CancellationToken ct) =>
                svc.UpdateTeamAsync(id, input, ct))
            .WithName("UpdateTeam").WithSummary("Update a team")
            .RequireAuthorization(CallCenterPermissions.Organization.Edit);
    }
}
