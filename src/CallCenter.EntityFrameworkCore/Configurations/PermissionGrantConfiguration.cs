using CallCenter.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CallCenter.Configurations;

public sealed class PermissionGrantConfiguration : IEntityTypeConfiguration<PermissionGrant>
{
    public void Configure(EntityTypeBuilder<PermissionGrant> b)
    {
        b.Property(g => g.RoleName).HasMaxLength(64).IsRequired();
        b.Property(g => g.PermissionName).HasMaxLength(128).IsRequired();
        b.HasIndex(g => new { g.RoleName, g.PermissionName }).IsUnique();
    }
}
