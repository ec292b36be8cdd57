using CallCenter.Stations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CallCenter.Configurations;

public sealed class TeamConfiguration : IEntityTypeConfiguration<Team>
{
    public void Configure(EntityTypeBuilder<Team> b)
    {
        b.Property(t => t.Name).HasMaxLength(64).IsRequired();
        b.Property(t => t.ConcurrencyStamp).HasMaxLength(40).IsConcurrencyToken();
        b.HasOne<Department>().WithMany().HasForeignKey(t => t.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Station>().WithMany().HasForeignKey(t => t.StationId).OnDelete(DeleteBehavior.SetNull);
    }
}
