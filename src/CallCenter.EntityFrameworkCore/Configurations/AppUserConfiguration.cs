using CallCenter.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CallCenter.Configurations;

public sealed class AppUserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> b)
    {
        b.Property(u => u.DisplayName).HasMaxLength(64).IsRequired();
        b.HasIndex(u => u.StationId);
        b.HasOne<Stations.Station>().WithMany().HasForeignKey(u => u.StationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Stations.Team>().WithMany().HasForeignKey(u => u.TeamId).OnDelete(DeleteBehavior.SetNull);
    }
}
