using Microsoft.AspNetCore.Authorization;

namespace CallCenter.Auth;

/// <summary>The signed-in user must hold this permission through one of their roles.</summary>
public sealed record PermissionRequirement(string Permission) : IAuthorizationRequirement;
