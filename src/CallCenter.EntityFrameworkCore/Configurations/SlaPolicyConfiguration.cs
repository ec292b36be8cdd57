using CallCenter.Contacts;
using CallCenter.WorkOrders;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CallCenter.Configurations;

public sealed class SlaPolicyConfiguration : IEntityTypeConfiguration<SlaPolicy>
{
    public void Configure(EntityTypeBuilder<SlaPolicy> b)
    {
        b.Property(p => p.Type).HasConversion<string>().HasMaxLength(16);
        b.Property(p => p.Priority).HasConversion<string>().HasMaxLength(16);
        b.Property(p => p.ConcurrencyStamp).HasMaxLength(40).IsConcurrencyToken();
        b.HasIndex(p => new { p.Type, p.CategoryId, p.Priority }).IsUnique().HasFilter("is_deleted = false").AreNullsDistinct(false);
        b.HasOne<DispositionNode>().WithMany().HasForeignKey(p => p.CategoryId).OnDelete(DeleteBehavior.Cascade);
    }
}
