using CallCenter.Common;
using CallCenter.Errors;
using CallCenter.Exceptions;
using CallCenter.Localization;
using CallCenter.Permissions;
using CallCenter.Repositories;
using CallCenter.Stations;
using CallCenter.Validation;
using Microsoft.AspNetCore.Identity;

namespace CallCenter.Identity;

/// <summary>Users, their roles and their station. Station-scoped roles require a station.</summary>
public sealed class UserAppService(
    UserManager<AppUser> userManager,
    IRepository<AppUser> users,
    IRepository<AppRole> roles,
    IRepository<IdentityUserRole<Guid>> memberships,
    IRepository<Station> stations,
    IAsyncQueryExecuter query,
    ICurrentUser currentUser,
    TimeProvider clock)
{
    public async Task<PagedResultDto<UserDto>> GetListAsync(GetUsersInput input, CancellationToken ct = default)
    {
        var q = users.Query();
        if (!string.IsNullOrWhiteSpace(input.Filter))
            q = q.Where(u => u.UserName!.Contains(input.Filter) || u.DisplayName.Contains(input.Filter));
        if (input.StationId is { } sid) q = q.Where(u => u.StationId == sid);
        if (!string.IsNullOrWhiteSpace(input.Role))
        {
            var roleId = await query.FirstOrDefaultAsync(roles.Query().Where(r => r.Name == input.Role).Select(r => (Guid?)r.Id), ct);
            q = q.Where(u => memberships.Query().Any(m => m.UserId == u.Id && m.RoleId == roleId));
        }
        var total = await query.CountAsync(q, ct);
        var page = await query.ToListAsync(q.OrderBy(u => u.UserName).Skip(input.Skip).Take(input.Take), ct);
        return new PagedResultDto<UserDto>(await ToDtosAsync(page, ct), total);
    }

    public async Task<UserDto> GetAsync(Guid id, CancellationToken ct = default) =>
        (await ToDtosAsync([await LoadAsync(id, ct)], ct))[0];

    public async Task<UserDto> CreateAsync(CreateUserDto input, CancellationToken ct = default)
    {
        var v = new FieldValidator().RequiredMax("userName", input.UserName, 64).RequiredMax("displayName", input.DisplayName, 64)
            .Required("password", input.Password);
        await ValidateRolesAndStationAsync(input.Roles, input.StationId, v, ct);
        v.ThrowIfInvalid();
        if (await userManager.FindByNameAsync(input.UserName.Trim()) is not null)
            throw new BusinessException(CallCenterErrorCodes.UserNameTaken, "userName", input.UserName);
        var user = new AppUser
        {
            UserName = input.UserName.Trim(), DisplayName = input.DisplayName.Trim(), Email = input.Email, PhoneNumber = input.PhoneNumber,
            StationId = input.StationId, TeamId = input.TeamId, LockoutEnabled = true,
        };
        Check(await userManager.CreateAsync(user, input.Password), "password");
        Check(await userManager.AddToRolesAsync(user, input.Roles.Distinct()), "roles");
        return await GetAsync(user.Id, ct);
    }

    public async Task<UserDto> UpdateAsync(Guid id, UpdateUserDto input, CancellationToken ct = default)
    {
        var user = await LoadAsync(id, ct);
        var v = new FieldValidator().RequiredMax("displayName", input.DisplayName, 64);
        await ValidateRolesAndStationAsync(input.Roles, input.StationId, v, ct);
        v.ThrowIfInvalid();
        var current = await userManager.GetRolesAsync(user);
        if (id == currentUser.Id && current.Contains(CallCenterRoles.Administrator) && !input.Roles.Contains(CallCenterRoles.Administrator))
            throw new BusinessException(CallCenterErrorCodes.CannotRemoveOwnAdministrator, "roles");
        user.DisplayName = input.DisplayName.Trim();
        user.Email = input.Email;
        user.PhoneNumber = input.PhoneNumber;
        user.StationId = input.StationId;
        user.TeamId = input.TeamId;
        user.IsActive = input.IsActive;
        Check(await userManager.UpdateAsync(user), "displayName");
        Check(await userManager.RemoveFromRolesAsync(user, current.Except(input.Roles)), "roles");
        Check(await userManager.AddToRolesAsync(user, input.Roles.Distinct().Except(current)), "roles");
        // Sign the user out everywhere so new roles and station take effect at once.
        await userManager.UpdateSecurityStampAsync(user);
        return await GetAsync(id, ct);
    }

    public async Task<UserDto> UnlockAsync(Guid id, CancellationToken ct = default)
    {
        var user = await LoadAsync(id, ct);
        Check(await userManager.SetLockoutEndDateAsync(user, null), "lockoutEnd");
        Check(await userManager.ResetAccessFailedCountAsync(user), "accessFailedCount");
        return await GetAsync(id, ct);
    }

    public async Task ResetPasswordAsync(Guid id, ResetPasswordDto input, CancellationToken ct = default)
    {
        var user = await LoadAsync(id, ct);
        new FieldValidator().Required("newPassword", input.NewPassword).ThrowIfInvalid();
        var token = await userManager.GeneratePasswordResetTokenAsync(user);
        Check(await userManager.ResetPasswordAsync(user, token, input.NewPassword), "newPassword");
    }

    private async Task ValidateRolesAndStationAsync(IReadOnlyList<string> wanted, Guid? stationId, FieldValidator v, CancellationToken ct)
    {
        foreach (var role in wanted.Where(r => !CallCenterRoles.All.Contains(r)))
            v.Add("roles", CallCenterErrorCodes.RoleUnknown, role);
        if (wanted.Any(CallCenterRoles.StationScoped.Contains) && stationId is null)
            v.Add("stationId", CallCenterErrorCodes.StationRequiredForRole);
        if (stationId is { } sid && !await query.AnyAsync(stations.Query().Where(s => s.Id == sid), ct))
            v.Add("stationId", CallCenterErrorCodes.HouseholdStationUnknown);
    }

    private static void Check(IdentityResult result, string field)
    {
        if (result.Succeeded) return;
        var message = string.Join(" ", result.Errors.Select(e => e.Description));
        throw new RequestValidationException([new FieldError(field, L.Get(CallCenterErrorCodes.PasswordRejected, null, message))]);
    }

    private async Task<AppUser> LoadAsync(Guid id, CancellationToken ct) =>
        await query.FirstOrDefaultAsync(users.Query().Where(u => u.Id == id), ct) ?? throw new EntityNotFoundException("User", id);

    private async Task<List<UserDto>> ToDtosAsync(IReadOnlyList<AppUser> list, CancellationToken ct)
    {
        var ids = list.Select(u => u.Id).ToList();
        var roleRows = await query.ToListAsync(
            from m in memberships.Query() where ids.Contains(m.UserId)
            join r in roles.Query() on m.RoleId equals r.Id
            select new { m.UserId, r.Name }, ct);
        var stationNames = (await query.ToListAsync(stations.Query().Select(s => new { s.Id, s.Name }), ct)).ToDictionary(s => s.Id, s => s.Name);
        var now = clock.GetUtcNow();
        return list.Select(u => new UserDto(u.Id, u.UserName!, u.DisplayName, u.Email, u.PhoneNumber,
            roleRows.Where(r => r.UserId == u.Id).Select(r => r.Name!).OrderBy(n => n).ToList(),
            u.StationId, u.StationId is { } s ? stationNames.GetValueOrDefault(s) : null, u.TeamId, u.IsActive,
            u.LockoutEnd > now, u.LockoutEnd, u.AccessFailedCount)).ToList();
    }
}
