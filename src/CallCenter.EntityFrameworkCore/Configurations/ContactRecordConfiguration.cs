using CallCenter.Contacts;
using CallCenter.Customers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CallCenter.Configurations;

public sealed class ContactRecordConfiguration : IEntityTypeConfiguration<ContactRecord>
{
    public void Configure(EntityTypeBuilder<ContactRecord> b)
    {
        b.Property(c => c.Number).HasMaxLength(ContactConsts.MaxNumberLength).IsRequired();
        b.HasIndex(c => c.Number).IsUnique();
        b.Property(c => c.Channel).HasConversion<string>().HasMaxLength(24);
        b.Property(c => c.CallerNumber).HasMaxLength(32);
        b.Property(c => c.AgentName).HasMaxLength(64);
        b.Property(c => c.Notes).HasMaxLength(ContactConsts.MaxNotesLength);
        b.Property(c => c.CallId).HasMaxLength(ContactConsts.MaxCallIdLength);
        b.Property(c => c.ConcurrencyStamp).HasMaxLength(40).IsConcurrencyToken();
        b.HasIndex(c => new { c.HouseholdId, c.Time });
        b.HasIndex(c => new { c.CallerNumber, c.Time });
        b.HasOne<Household>().WithMany().HasForeignKey(c => c.HouseholdId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<DispositionNode>().WithMany().HasForeignKey(c => c.CategoryId).OnDelete(DeleteBehavior.Restrict);
    }
}
