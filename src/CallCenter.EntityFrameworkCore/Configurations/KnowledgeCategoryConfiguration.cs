using CallCenter.Knowledge;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CallCenter.Configurations;

public sealed class KnowledgeCategoryConfiguration : IEntityTypeConfiguration<KnowledgeCategory>
{
    public void Configure(EntityTypeBuilder<KnowledgeCategory> b)
    {
        b.Property(c => c.Code).HasMaxLength(KnowledgeConsts.MaxCategoryCodeLength).IsRequired();
        b.HasIndex(c => c.Code).IsUnique();
        b.Property(c => c.Name).HasMaxLength(KnowledgeConsts.MaxCategoryNameLength).IsRequired();
        b.HasOne<KnowledgeCategory>().WithMany().HasForeignKey(c => c.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}
