using CallCenter.Calendars;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CallCenter.Configurations;

public sealed class BusinessCalendarConfiguration : IEntityTypeConfiguration<BusinessCalendar>
{
    public void Configure(EntityTypeBuilder<BusinessCalendar> b)
    {
        b.Property(c => c.Name).HasMaxLength(64).IsRequired();
        b.HasIndex(c => c.Name).IsUnique().HasFilter("is_deleted = false");
        b.Property(c => c.TimeZone).HasMaxLength(64).IsRequired();
        b.Property(c => c.ConcurrencyStamp).HasMaxLength(40).IsConcurrencyToken();
        b.HasMany(c => c.WorkingPeriods).WithOne().HasForeignKey(p => p.CalendarId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(c => c.WorkingPeriods).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasMany(c => c.SpecialDays).WithOne().HasForeignKey(d => d.CalendarId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(c => c.SpecialDays).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
