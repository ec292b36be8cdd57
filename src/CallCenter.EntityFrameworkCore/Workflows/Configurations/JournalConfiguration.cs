using CallCenter.Workflows.Stores.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CallCenter.Workflows.Stores.Configurations;

public sealed class JournalConfiguration : IEntityTypeConfiguration<JournalRecord>
{
    public void Configure(EntityTypeBuilder<JournalRecord> b)
    {
        b.ToTable("journal");
        // The key is the guard: one index, no surrogate id (each index entry is WAL on the hot path).
        b.HasKey(x => new { x.InstanceId, x.Sequence });
        b.Property(x => x.InstanceId).HasMaxLength(64);
        b.Property(x => x.Entries).HasColumnType("jsonb");
    }
}
