using CallCenter.Workflows.Stores.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CallCenter.Workflows.Stores.Configurations;

public sealed class TriggerIndexConfiguration : IEntityTypeConfiguration<TriggerIndexRecord>
{
    public void Configure(EntityTypeBuilder<TriggerIndexRecord> b)
    {
        b.ToTable("triggers");
        b.HasKey(x => x.Id);
        b.Property(x => x.DefinitionId).HasMaxLength(128);
        b.Property(x => x.ActivityId).HasMaxLength(128);
        b.Property(x => x.Name).HasMaxLength(128);
        b.Property(x => x.Hash).HasMaxLength(64);
        b.Property(x => x.Payload).HasColumnType("jsonb");
        b.HasIndex(x => x.Hash);
        b.Property(x => x.JobId).HasMaxLength(64);
        b.HasIndex(x => x.DefinitionId);
        b.HasIndex(x => x.Id).HasFilter("due_at IS NOT NULL AND job_id IS NULL").HasDatabaseName("ix_triggers_unscheduled");
    }
}
