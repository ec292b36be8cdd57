using CallCenter.Customers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CallCenter.Configurations;

public sealed class HouseholdConfiguration : IEntityTypeConfiguration<Household>
{
    public void Configure(EntityTypeBuilder<Household> b)
    {
        b.Property(h => h.AccountNumber).HasMaxLength(HouseholdConsts.MaxAccountNumberLength).IsRequired();
        // Unique among live rows only: a soft-deleted household must not block re-creating its account.
        b.HasIndex(h => h.AccountNumber).IsUnique().HasFilter("is_deleted = false");
        b.Property(h => h.Name).HasMaxLength(HouseholdConsts.MaxNameLength).IsRequired();
        b.HasIndex(h => h.Name);
        b.Property(h => h.District).HasMaxLength(HouseholdConsts.MaxDistrictLength).IsRequired();
        b.Property(h => h.Community).HasMaxLength(HouseholdConsts.MaxCommunityLength).IsRequired();
        b.HasIndex(h => h.Community);
        b.Property(h => h.Building).HasMaxLength(HouseholdConsts.MaxBuildingLength);
        b.Property(h => h.Unit).HasMaxLength(HouseholdConsts.MaxUnitLength);
        b.Property(h => h.Room).HasMaxLength(HouseholdConsts.MaxRoomLength);
        b.Property(h => h.Notes).HasMaxLength(HouseholdConsts.MaxNotesLength);
        b.Property(h => h.HeatingAreaM2).HasPrecision(10, 2);
        b.Property(h => h.HeatingType).HasConversion<string>().HasMaxLength(16);
        b.Property(h => h.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(h => h.ConcurrencyStamp).HasMaxLength(40).IsConcurrencyToken();
        b.HasIndex(h => h.StationId);
        b.HasOne<Stations.Station>().WithMany().HasForeignKey(h => h.StationId).OnDelete(DeleteBehavior.Restrict);
        b.Ignore(h => h.Address);
        b.Ignore(h => h.PrimaryPhone);
        b.HasMany(h => h.Phones).WithOne().HasForeignKey(p => p.HouseholdId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(h => h.Phones).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
