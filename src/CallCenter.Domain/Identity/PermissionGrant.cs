namespace CallCenter.Identity;

/// <summary>A permission granted to a role. Users get the union of their roles' grants.</summary>
public sealed class PermissionGrant
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public string RoleName { get; set; } = "";
    public string PermissionName { get; set; } = "";
}
