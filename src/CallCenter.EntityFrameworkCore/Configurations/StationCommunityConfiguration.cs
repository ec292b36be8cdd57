using CallCenter.Stations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CallCenter.Configurations;

public sealed class StationCommunityConfiguration : IEntityTypeConfiguration<StationCommunity>
{
    public void Configure(EntityTypeBuilder<StationCommunity> b)
    {
        b.Property(c => c.Community).HasMaxLength(StationConsts.MaxCommunityLength).IsRequired();
        // A community is served by one station, so a household's station follows from it unambiguously.
        b.HasIndex(c => c.Community).IsUnique();
    }
}
