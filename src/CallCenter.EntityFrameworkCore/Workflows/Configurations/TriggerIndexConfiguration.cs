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
        b.HasIndex(x => x.DefinitionId);
    }
}
