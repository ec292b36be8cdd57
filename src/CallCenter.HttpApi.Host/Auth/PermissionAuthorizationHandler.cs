using System.Security.Claims;
using CallCenter.Identity;
using Microsoft.AspNetCore.Authorization;

namespace CallCenter.Auth;

/// <summary>Grants a permission when any of the user's roles holds it (grants are read from the database, cached).</summary>
public sealed class PermissionAuthorizationHandler(PermissionGrantStore grants) : AuthorizationHandler<PermissionRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, PermissionRequirement requirement)
    {
        var roles = context.User.FindAll(ClaimTypes.Role).Select(c => c.Value);
        if (await grants.IsGrantedAsync(roles, requirement.Permission)) context.Succeed(requirement);
    }
}
