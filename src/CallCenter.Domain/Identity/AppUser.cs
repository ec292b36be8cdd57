using CallCenter.Auditing;
using CallCenter.Entities;
using Microsoft.AspNetCore.Identity;

namespace CallCenter.Identity;

/// <summary>A person who signs in. Technicians and station dispatchers belong to a station.</summary>
[Audited("User")]
public sealed class AppUser : IdentityUser<Guid>, IAuditedEntity
{
    public string DisplayName { get; set; } = "";
    public Guid? StationId { get; set; }
    public Guid? TeamId { get; set; }
    public bool IsActive { get; set; } = true;
    public DateTimeOffset CreationTime { get; set; }
    public Guid? CreatorId { get; set; }
    public DateTimeOffset? LastModificationTime { get; set; }
    public Guid? LastModifierId { get; set; }

    public AppUser() => Id = Guid.CreateVersion7();
}
