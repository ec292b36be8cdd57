using CallCenter.Knowledge;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CallCenter.Configurations;

public sealed class KnowledgeArticleConfiguration : IEntityTypeConfiguration<KnowledgeArticle>
{
    public void Configure(EntityTypeBuilder<KnowledgeArticle> b)
    {
        b.Property(a => a.Code).HasMaxLength(KnowledgeConsts.MaxCodeLength).IsRequired();
        b.HasIndex(a => a.Code).IsUnique().HasFilter("is_deleted = false");
        b.Property(a => a.Title).HasMaxLength(KnowledgeConsts.MaxTitleLength).IsRequired();
        b.Property(a => a.StandardAnswer).HasMaxLength(KnowledgeConsts.MaxStandardAnswerLength).IsRequired();
        b.Property(a => a.BodyMarkdown).IsRequired();
        b.Property(a => a.BodyHtml).IsRequired();
        b.Property(a => a.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(a => a.Audience).HasConversion<string>().HasMaxLength(16);
        b.Property(a => a.ConcurrencyStamp).HasMaxLength(40).IsConcurrencyToken();
        b.HasIndex(a => new { a.Status, a.CategoryId });
        // The scheduler's query: few rows ever have a schedule, so a partial index stays tiny.
        b.HasIndex(a => a.ScheduledPublishAt).HasFilter("scheduled_publish_at IS NOT NULL");
        b.HasOne<KnowledgeCategory>().WithMany().HasForeignKey(a => a.CategoryId).OnDelete(DeleteBehavior.Restrict);
        b.HasQueryFilter(a => !a.IsDeleted);
    }
}
