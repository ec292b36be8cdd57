using CallCenter.Workflows.Stores.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CallCenter.Workflows.Stores.Configurations;

public sealed class MaintenanceConfiguration : IEntityTypeConfiguration<MaintenanceRecord>
{
    public void Configure(EntityTypeBuilder<MaintenanceRecord> b)
    {
        b.ToTable("maintenance");
        b.HasKey(x => x.Name);
        b.Property(x => x.Name).HasMaxLength(64);
    }
}
