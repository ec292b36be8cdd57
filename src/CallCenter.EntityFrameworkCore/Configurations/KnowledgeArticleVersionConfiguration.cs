using CallCenter.Knowledge;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CallCenter.Configurations;

public sealed class KnowledgeArticleVersionConfiguration : IEntityTypeConfiguration<KnowledgeArticleVersion>
{
    public void Configure(EntityTypeBuilder<KnowledgeArticleVersion> b)
    {
        b.Property(v => v.Title).HasMaxLength(KnowledgeConsts.MaxTitleLength).IsRequired();
        b.Property(v => v.StandardAnswer).HasMaxLength(KnowledgeConsts.MaxStandardAnswerLength).IsRequired();
        b.Property(v => v.BodyMarkdown).IsRequired();
        b.Property(v => v.Audience).HasConversion<string>().HasMaxLength(16);
        b.Property(v => v.EditorName).HasMaxLength(256);
        b.HasIndex(v => new { v.ArticleId, v.Version }).IsUnique();
        b.HasOne<KnowledgeArticle>().WithMany().HasForeignKey(v => v.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}
