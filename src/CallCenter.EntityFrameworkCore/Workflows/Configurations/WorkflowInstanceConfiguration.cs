using CallCenter.Workflows.Stores.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CallCenter.Workflows.Stores.Configurations;

public sealed class WorkflowInstanceConfiguration : IEntityTypeConfiguration<WorkflowInstanceRecord>
{
    public void Configure(EntityTypeBuilder<WorkflowInstanceRecord> b)
    {
        b.ToTable("instances");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).HasMaxLength(64);
        b.Property(x => x.DefinitionId).HasMaxLength(128);
        b.Property(x => x.Status).HasMaxLength(16);
        b.Property(x => x.CorrelationId).HasMaxLength(128);
        b.Property(x => x.ParentInstanceId).HasMaxLength(64);
        b.Property(x => x.LeaseOwner).HasMaxLength(128);
        b.Property(x => x.State).HasColumnType("jsonb");
        b.Property(x => x.RowVersion).IsConcurrencyToken();
        // Taking and extending a lease changes lease_owner, lease_until and row_version only; no index covers them, and
        // the fill factor leaves room on the page, so those updates are HOT (no index entries, less WAL). The sweeper's
        // orphan query and the operators' list filter by status; few instances are Running at any time.
        b.HasIndex(x => x.Status);
        b.HasStorageParameter("fillfactor", 70);
        b.HasIndex(x => x.CorrelationId);
        b.HasIndex(x => new { x.DefinitionId, x.CreatedAt });
        // Retention deletes the oldest finished instances first; unfinished ones are not in this index at all.
        b.HasIndex(x => x.FinishedAt).HasFilter("finished_at IS NOT NULL").HasDatabaseName("ix_instances_finished");
    }
}
