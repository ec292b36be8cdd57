namespace CallCenter.Permissions;

public sealed record PermissionDto(string Name, string DisplayName, string? ParentName);

public sealed record PermissionGroupDto(string Name, string DisplayName, IReadOnlyList<PermissionDto> Permissions);
