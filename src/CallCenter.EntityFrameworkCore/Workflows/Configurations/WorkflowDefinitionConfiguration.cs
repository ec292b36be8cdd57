using CallCenter.Workflows.Stores.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CallCenter.Workflows.Stores.Configurations;

public sealed class WorkflowDefinitionConfiguration : IEntityTypeConfiguration<WorkflowDefinitionRecord>
{
    public void Configure(EntityTypeBuilder<WorkflowDefinitionRecord> b)
    {
        b.ToTable("definitions");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).HasMaxLength(64);
        b.Property(x => x.DefinitionId).HasMaxLength(128);
        b.Property(x => x.Name).HasMaxLength(256);
        b.Property(x => x.ContentHash).HasMaxLength(64);
        b.Property(x => x.Json).HasColumnType("jsonb");
        b.HasIndex(x => new { x.DefinitionId, x.Version }).IsUnique();
        // The database itself guarantees one published version per definition.
        b.HasIndex(x => x.DefinitionId).IsUnique().HasFilter("is_published").HasDatabaseName("ix_definitions_one_published");
    }
}
