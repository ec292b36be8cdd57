using CallCenter.Workflows.Stores.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CallCenter.Workflows.Stores.Configurations;

public sealed class JournalConfiguration : IEntityTypeConfiguration<JournalRecord>
{
    public void Configure(EntityTypeBuilder<JournalRecord> b)
    {
        b.ToTable("journal");
        b.HasKey(x => x.Id);
        b.Property(x => x.InstanceId).HasMaxLength(64);
        b.Property(x => x.ActivityId).HasMaxLength(128);
        b.Property(x => x.ActivityType).HasMaxLength(128);
        b.Property(x => x.Kind).HasMaxLength(32);
        b.HasIndex(x => new { x.InstanceId, x.Sequence }).IsUnique();
    }
}
