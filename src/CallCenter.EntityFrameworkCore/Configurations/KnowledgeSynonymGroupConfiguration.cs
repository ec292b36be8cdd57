using CallCenter.Knowledge;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CallCenter.Configurations;

public sealed class KnowledgeSynonymGroupConfiguration : IEntityTypeConfiguration<KnowledgeSynonymGroup>
{
    public void Configure(EntityTypeBuilder<KnowledgeSynonymGroup> b) => b.Property(g => g.Terms).IsRequired();
}
