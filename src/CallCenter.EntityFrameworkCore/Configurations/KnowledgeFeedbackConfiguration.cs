using CallCenter.Knowledge;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CallCenter.Configurations;

public sealed class KnowledgeFeedbackConfiguration : IEntityTypeConfiguration<KnowledgeFeedback>
{
    public void Configure(EntityTypeBuilder<KnowledgeFeedback> b)
    {
        b.Property(f => f.Query).HasMaxLength(KnowledgeConsts.MaxQueryLength);
        b.Property(f => f.Comment).HasMaxLength(KnowledgeConsts.MaxFeedbackCommentLength);
        b.HasIndex(f => f.ArticleId);
        b.HasOne<KnowledgeArticle>().WithMany().HasForeignKey(f => f.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}
