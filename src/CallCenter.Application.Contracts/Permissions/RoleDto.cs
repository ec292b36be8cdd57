namespace CallCenter.Permissions;

public sealed record RoleDto(Guid Id, string Name, string DisplayName, bool IsStationScoped, int UserCount, IReadOnlyList<string> GrantedPermissions);

public sealed record UpdateRolePermissionsDto(IReadOnlyList<string> GrantedPermissions);
