using System.Security.Claims;
using CallCenter.Identity;
using CallCenter.Permissions;

namespace CallCenter.Auth;

/// <summary>The signed-in user of the current request, read from the cookie's or the token's claims.</summary>
public sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    private ClaimsPrincipal? Principal => accessor.HttpContext?.User;

    public Guid? Id => Guid.TryParse(Principal?.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public string? UserName => Principal?.Identity?.IsAuthenticated == true ? Principal.Identity.Name : null;

    public bool IsStationScoped => Principal?.FindAll(ClaimTypes.Role).Any(r => CallCenterRoles.StationScoped.Contains(r.Value)) == true;

    public bool IsTechnician => Principal?.IsInRole(CallCenterRoles.Technician) == true;

    /// <summary>A scoped user without a station sees nothing (Guid.Empty matches no row), never everything.</summary>
    public Guid? ScopedStationId => !IsStationScoped ? null
        : Guid.TryParse(Principal?.FindFirstValue(CallCenterClaimTypes.StationId), out var id) ? id : Guid.Empty;
}
