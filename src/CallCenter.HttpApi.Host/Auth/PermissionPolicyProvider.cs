using CallCenter.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace CallCenter.Auth;

/// <summary>
/// Every permission name is a policy name: `.RequireAuthorization(CallCenterPermissions.Customers.Edit)` needs no
/// registration. An unknown "CallCenter.*" name fails at start-up of that endpoint rather than silently allowing.
/// </summary>
public sealed class PermissionPolicyProvider(IOptions<AuthorizationOptions> options) : DefaultAuthorizationPolicyProvider(options)
{
    public override async Task<AuthorizationPolicy?> GetPolicyAsync(string policyName)
    {
        if (!policyName.StartsWith(CallCenterPermissions.Prefix + ".", StringComparison.Ordinal))
            return await base.GetPolicyAsync(policyName);
        if (!CallCenterPermissions.All.Contains(policyName))
            throw new InvalidOperationException($"Unknown permission '{policyName}': add it to CallCenterPermissions.");
        return new AuthorizationPolicyBuilder().RequireAuthenticatedUser().AddRequirements(new PermissionRequirement(policyName)).Build();
    }
}
