using CallCenter.Stations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CallCenter.Configurations;

public sealed class StationConfiguration : IEntityTypeConfiguration<Station>
{
    public void Configure(EntityTypeBuilder<Station> b)
    {
        b.Property(s => s.Code).HasMaxLength(StationConsts.MaxCodeLength).IsRequired();
        b.HasIndex(s => s.Code).IsUnique().HasFilter("is_deleted = false");
        b.Property(s => s.Name).HasMaxLength(StationConsts.MaxNameLength).IsRequired();
        b.Property(s => s.District).HasMaxLength(StationConsts.MaxDistrictLength).IsRequired();
        b.Property(s => s.DispatchPhone).HasMaxLength(StationConsts.MaxPhoneLength);
        b.Property(s => s.ConcurrencyStamp).HasMaxLength(40).IsConcurrencyToken();
        b.HasOne<Department>().WithMany().HasForeignKey(s => s.DepartmentId).OnDelete(DeleteBehavior.SetNull);
        b.HasMany(s => s.Communities).WithOne().HasForeignKey(c => c.StationId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(s => s.Communities).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
