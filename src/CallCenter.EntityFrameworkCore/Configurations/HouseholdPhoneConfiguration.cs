using CallCenter.Customers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CallCenter.Configurations;

public sealed class HouseholdPhoneConfiguration : IEntityTypeConfiguration<HouseholdPhone>
{
    public void Configure(EntityTypeBuilder<HouseholdPhone> b)
    {
        b.Property(p => p.Number).HasMaxLength(HouseholdConsts.MaxPhoneLength).IsRequired();
        b.Property(p => p.Extension).HasMaxLength(8);
        b.Property(p => p.Kind).HasConversion<string>().HasMaxLength(16);
        // The screen pop's only query: caller number → households. One index lookup.
        b.HasIndex(p => p.Number);
        b.HasIndex(p => new { p.HouseholdId, p.Number, p.Extension }).IsUnique().AreNullsDistinct(false);
    }
}
