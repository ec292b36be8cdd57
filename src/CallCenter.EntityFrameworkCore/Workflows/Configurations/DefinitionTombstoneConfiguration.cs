using CallCenter.Workflows.Stores.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CallCenter.Workflows.Stores.Configurations;

public sealed class DefinitionTombstoneConfiguration : IEntityTypeConfiguration<DefinitionTombstoneRecord>
{
    public void Configure(EntityTypeBuilder<DefinitionTombstoneRecord> b)
    {
        b.ToTable("definition_tombstones");
        b.HasKey(x => x.DefinitionId);
        b.Property(x => x.DefinitionId).HasMaxLength(128);
    }
}
