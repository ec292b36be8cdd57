using CallCenter.Stations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CallCenter.Configurations;

public sealed class DepartmentConfiguration : IEntityTypeConfiguration<Department>
{
    public void Configure(EntityTypeBuilder<Department> b)
    {
        b.Property(d => d.Code).HasMaxLength(16).IsRequired();
        b.HasIndex(d => d.Code).IsUnique().HasFilter("is_deleted = false");
        b.Property(d => d.Name).HasMaxLength(64).IsRequired();
        b.Property(d => d.ConcurrencyStamp).HasMaxLength(40).IsConcurrencyToken();
    }
}
