using CallCenter.Contacts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CallCenter.Configurations;

public sealed class DispositionNodeConfiguration : IEntityTypeConfiguration<DispositionNode>
{
    public void Configure(EntityTypeBuilder<DispositionNode> b)
    {
        b.Property(n => n.Code).HasMaxLength(ContactConsts.MaxCategoryCodeLength).IsRequired();
        b.HasIndex(n => n.Code).IsUnique().HasFilter("is_deleted = false");
        b.Property(n => n.Name).HasMaxLength(ContactConsts.MaxCategoryNameLength).IsRequired();
        b.Property(n => n.OpensWorkOrderType).HasConversion<string>().HasMaxLength(16);
        b.Property(n => n.DefaultUrgency).HasConversion<string>().HasMaxLength(16);
        b.Property(n => n.ConcurrencyStamp).HasMaxLength(40).IsConcurrencyToken();
        b.HasOne<DispositionNode>().WithMany().HasForeignKey(n => n.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}
