using System.Security.Claims;
using CallCenter.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace CallCenter.Auth;

/// <summary>Adds the station and display name to the sign-in cookie, so scoping needs no lookup per request.</summary>
public sealed class CallCenterClaimsPrincipalFactory(
    UserManager<AppUser> userManager, RoleManager<AppRole> roleManager, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AppUser, AppRole>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(CallCenterClaimTypes.DisplayName, user.DisplayName));
        if (user.StationId is { } stationId) identity.AddClaim(new Claim(CallCenterClaimTypes.StationId, stationId.ToString()));
        return identity;
    }
}
