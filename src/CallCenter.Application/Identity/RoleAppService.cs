using CallCenter.Errors;
using CallCenter.Exceptions;
using CallCenter.Localization;
using CallCenter.Permissions;
using CallCenter.Repositories;
using Microsoft.AspNetCore.Identity;

namespace CallCenter.Identity;

public sealed class RoleAppService(
    IRepository<AppRole> roles,
    IRepository<PermissionGrant> grants,
    IRepository<IdentityUserRole<Guid>> memberships,
    IAsyncQueryExecuter query,
    IUnitOfWork uow,
    PermissionGrantStore store)
{
    public async Task<IReadOnlyList<RoleDto>> GetListAsync(CancellationToken ct = default)
    {
        var all = await query.ToListAsync(roles.Query().OrderBy(r => r.Name), ct);
        var granted = await query.ToListAsync(grants.Query(), ct);
        var counts = (await query.ToListAsync(memberships.Query().GroupBy(m => m.RoleId).Select(g => new { g.Key, Count = g.Count() }), ct))
            .ToDictionary(x => x.Key, x => x.Count);
        return all.Select(r => new RoleDto(r.Id, r.Name!, L.Get("Role:" + r.Name), CallCenterRoles.StationScoped.Contains(r.Name!),
            counts.GetValueOrDefault(r.Id),
            granted.Where(g => g.RoleName == r.Name).Select(g => g.PermissionName).OrderBy(p => p).ToList())).ToList();
    }

    public IReadOnlyList<PermissionGroupDto> GetPermissionGroups() =>
        CallCenterPermissions.All.GroupBy(CallCenterPermissions.GroupOf).Select(g => new PermissionGroupDto(
            g.Key, L.Get("PermissionGroup:" + g.Key),
            g.Select(p => new PermissionDto(p, L.Get("Permission:" + p), p == g.Key ? null : g.Key)).ToList())).ToList();

    public async Task<RoleDto> UpdatePermissionsAsync(string roleName, UpdateRolePermissionsDto input, CancellationToken ct = default)
    {
        var role = await query.FirstOrDefaultAsync(roles.Query().Where(r => r.Name == roleName), ct)
                   ?? throw new EntityNotFoundException("Role", roleName);
        var wanted = (input.GrantedPermissions ?? []).Distinct().ToList();
        var unknown = wanted.Where(p => !CallCenterPermissions.All.Contains(p)).ToList();
        if (unknown.Count > 0)
            throw new RequestValidationException(unknown.Select(p => new FieldError("grantedPermissions", L.Get(CallCenterErrorCodes.PermissionUnknown, null, p))).ToList());
        var current = await query.ToListAsync(grants.Query().Where(g => g.RoleName == roleName), ct);
        foreach (var g in current.Where(g => !wanted.Contains(g.PermissionName))) grants.Remove(g);
        foreach (var p in wanted.Where(p => current.All(g => g.PermissionName != p)))
            grants.Add(new PermissionGrant { RoleName = roleName, PermissionName = p });
        await uow.SaveChangesAsync(ct);
        store.Invalidate(roleName);
        return (await GetListAsync(ct)).First(r => r.Id == role.Id);
    }
}
