using CallCenter.Knowledge;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CallCenter.Configurations;

public sealed class KnowledgeImageConfiguration : IEntityTypeConfiguration<KnowledgeImage>
{
    public void Configure(EntityTypeBuilder<KnowledgeImage> b)
    {
        b.Property(i => i.FileName).HasMaxLength(KnowledgeConsts.MaxImageFileNameLength).IsRequired();
        b.Property(i => i.ContentType).HasMaxLength(64).IsRequired();
        b.Property(i => i.StoragePath).HasMaxLength(KnowledgeConsts.MaxStoragePathLength).IsRequired();
        b.Property(i => i.CreatorName).HasMaxLength(64);
        b.HasIndex(i => i.ArticleId);
        b.HasOne<KnowledgeArticle>().WithMany().HasForeignKey(i => i.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}
