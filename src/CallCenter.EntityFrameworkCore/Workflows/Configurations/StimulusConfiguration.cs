using CallCenter.Workflows.Stores.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CallCenter.Workflows.Stores.Configurations;

public sealed class StimulusConfiguration : IEntityTypeConfiguration<StimulusEntry>
{
    public void Configure(EntityTypeBuilder<StimulusEntry> b)
    {
        b.ToTable("stimuli");
        b.HasKey(x => x.Id);
        b.Property(x => x.Name).HasMaxLength(128);
        b.Property(x => x.Hash).HasMaxLength(64);
        b.Property(x => x.CorrelationId).HasMaxLength(256);
        b.Property(x => x.BookmarkId).HasMaxLength(64);
        b.Property(x => x.ClaimedBy).HasMaxLength(64);
        b.Property(x => x.ConsumedBy).HasMaxLength(64);
        b.Property(x => x.Payload).HasColumnType("jsonb");
        // Only pending rows are ever searched; partial indexes keep the processed history out of the way (and events,
        // which target no bookmark id, out of the bookmark index).
        b.HasIndex(x => x.Hash).HasFilter("processed_at IS NULL").HasDatabaseName("ix_stimuli_pending_hash");
        b.HasIndex(x => x.BookmarkId).HasFilter("processed_at IS NULL AND bookmark_id IS NOT NULL").HasDatabaseName("ix_stimuli_pending_bookmark");
        b.HasIndex(x => x.Id).HasFilter("processed_at IS NULL").HasDatabaseName("ix_stimuli_pending");
    }
}
