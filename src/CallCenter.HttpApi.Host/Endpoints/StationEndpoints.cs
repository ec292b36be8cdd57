using CallCenter.Permissions;
using CallCenter.Stations;

namespace CallCenter.Endpoints;

public static class StationEndpoints
{
    public static void MapStationEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/stations").WithTags("Stations");
        group.MapGet("/", (IStationAppService svc, CancellationToken ct) => svc.GetListAsync(ct))
            .RequireAuthorization(CallCenterPermissions.Stations.Default);
        group.MapGet("/{id:guid}", (Guid id, IStationAppService svc, CancellationToken ct) => svc.GetAsync(id, ct))
            .RequireAuthorization(CallCenterPermissions.Stations.Default);
        group.MapPost("/", async (CreateUpdateStationDto input, IStationAppService svc, CancellationToken ct) =>
            {
                var created = await svc.CreateAsync(input, ct);
                return TypedResults.Created($"/api/stations/{created.Id}", created);
            })
            .RequireAuthorization(CallCenterPermissions.Stations.Edit);
        group.MapPut("/{id:guid}", (Guid id, CreateUpdateStationDto input, IStationAppService svc, CancellationToken ct) => svc.UpdateAsync(id, input, ct))
            .RequireAuthorization(CallCenterPermissions.Stations.Edit);
        group.MapDelete("/{id:guid}", async (Guid id, IStationAppService svc, CancellationToken ct) =>
            {
                await svc.DeleteAsync(id, ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(CallCenterPermissions.Stations.Edit);

        var organization = app.MapGroup("/api/departments").WithTags("Organization");
        organization.MapGet("/", (DepartmentAppService svc, CancellationToken ct) => svc.GetListAsync(ct))
            .RequireAuthorization(CallCenterPermissions.Organization.Default);
        organization.MapPost("/", async (CreateUpdateDepartmentDto input, DepartmentAppService svc, CancellationToken ct) =>
            {
                var created = await svc.CreateAsync(input, ct);
                return TypedResults.Created($"/api/departments/{created.Id}", created);
            })
            .RequireAuthorization(CallCenterPermissions.Organization.Edit);
        organization.MapPut("/{id:guid}", (Guid id, CreateUpdateDepartmentDto input, DepartmentAppService svc, CancellationToken ct) =>
                svc.UpdateAsync(id, input, ct))
            .RequireAuthorization(CallCenterPermissions.Organization.Edit);
        organization.MapPost("/teams", async (CreateUpdateTeamDto input, DepartmentAppService svc, CancellationToken ct) =>
            {
                var created = await svc.CreateTeamAsync(input, ct);
                return TypedResults.Created($"/api/departments/teams/{created.Id}", created);
            })
            .RequireAuthorization(CallCenterPermissions.Organization.Edit);
        organization.MapPut("/teams/{id:guid}", (Guid id, CreateUpdateTeamDto input, DepartmentAppService svc, CancellationToken ct) =>
                svc.UpdateTeamAsync(id, input, ct))
            .RequireAuthorization(CallCenterPermissions.Organization.Edit);
    }
}
