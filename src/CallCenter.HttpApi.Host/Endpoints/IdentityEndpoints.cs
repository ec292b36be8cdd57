using CallCenter.Identity;
using CallCenter.Permissions;

namespace CallCenter.Endpoints;

public static class IdentityEndpoints
{
    public static void MapIdentityEndpoints(this IEndpointRouteBuilder app)
    {
        var users = app.MapGroup("/api/users").WithTags("Users");
        users.MapGet("/", ([AsParameters] GetUsersInput input, UserAppService svc, CancellationToken ct) => svc.GetListAsync(input, ct))
            .WithName("GetUsers").WithSummary("List users")
            .RequireAuthorization(CallCenterPermissions.Users.Default);
        users.MapGet("/{id:guid}", (Guid id, UserAppService svc, CancellationToken ct) => svc.GetAsync(id, ct))
            .WithName("GetUser").WithSummary("One user")
            .RequireAuthorization(CallCenterPermissions.Users.Default);
        users.MapPost("/", async (CreateUserDto input, UserAppService svc, CancellationToken ct) =>
            {
                var created = await svc.CreateAsync(input, ct);
                return TypedResults.Created($"/api/users/{created.Id}", created);
            })
            .WithName("CreateUser").WithSummary("Create a user")
            .RequireAuthorization(CallCenterPermissions.Users.Edit);
        users.MapPut("/{id:guid}", (Guid id, UpdateUserDto input, UserAppService svc, CancellationToken ct) => svc.UpdateAsync(id, input, ct))
            .WithName("UpdateUser").WithSummary("Update a user's name, roles and station")
            .RequireAuthorization(CallCenterPermissions.Users.Edit);
        users.MapPost("/{id:guid}/unlock", (Guid id, UserAppService svc, CancellationToken ct) => svc.UnlockAsync(id, ct))
            .WithName("UnlockUser").WithSummary("Unlock a locked-out user")
            .RequireAuthorization(CallCenterPermissions.Users.Edit);
        users.MapPost("/{id:guid}/reset-password", async (Guid id, ResetPasswordDto input, UserAppService svc, CancellationToken ct) =>
            {
                await svc.ResetPasswordAsync(id, input, ct);
                return TypedResults.NoContent();
            })
            .WithName("ResetUserPassword").WithSummary("Set a new password for a user")
            .RequireAuthorization(CallCenterPermissions.Users.Edit);

        app.MapGet("/api/roles", (RoleAppService svc, CancellationToken ct) => svc.GetListAsync(ct))
            .WithName("GetRoles").WithSummary("List roles with their permissions")
            .WithTags("Roles").RequireAuthorization(CallCenterPermissions.Roles.Default);
        app.MapPut("/api/roles/{name}/permissions", (string name, UpdateRolePermissionsDto input, RoleAppService svc, CancellationToken ct) =>
                svc.UpdatePermissionsAsync(name, input, ct))
            .WithName("SetRolePermissions").WithSummary("Grant a role exactly these permissions")
            .WithTags("Roles").RequireAuthorization(CallCenterPermissions.Roles.Edit);
        app.MapGet("/api/permissions", (RoleAppService svc) => svc.GetPermissionGroups())
            .WithName("GetPermissions").WithSummary("Every permission, grouped, with localized names")
            .WithTags("Roles").RequireAuthorization(CallCenterPermissions.Roles.Default);
    }
}
