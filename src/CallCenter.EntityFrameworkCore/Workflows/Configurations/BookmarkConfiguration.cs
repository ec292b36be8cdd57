using CallCenter.Workflows.Stores.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CallCenter.Workflows.Stores.Configurations;

public sealed class BookmarkConfiguration : IEntityTypeConfiguration<BookmarkRecord>
{
    public void Configure(EntityTypeBuilder<BookmarkRecord> b)
    {
        b.ToTable("bookmarks");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).HasMaxLength(64);
        b.Property(x => x.InstanceId).HasMaxLength(64);
        b.Property(x => x.ActivityId).HasMaxLength(128);
        b.Property(x => x.Name).HasMaxLength(128);
        b.Property(x => x.Hash).HasMaxLength(64);
        b.Property(x => x.CorrelationId).HasMaxLength(256);
        b.Property(x => x.JobId).HasMaxLength(64);
        b.Property(x => x.SideEffectFree).HasDefaultValue(false);
        b.HasIndex(x => x.Hash);
        b.HasIndex(x => x.InstanceId);
        b.HasIndex(x => x.CreatedAt).HasFilter("due_at IS NOT NULL AND job_id IS NULL").HasDatabaseName("ix_bookmarks_unscheduled_timers");
    }
}
