using CallCenter.WorkOrders;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CallCenter.Configurations;

public sealed class WorkOrderPhotoConfiguration : IEntityTypeConfiguration<WorkOrderPhoto>
{
    public void Configure(EntityTypeBuilder<WorkOrderPhoto> b)
    {
        b.Property(p => p.FileName).HasMaxLength(WorkOrderConsts.MaxFileNameLength).IsRequired();
        b.Property(p => p.ContentType).HasMaxLength(64).IsRequired();
        b.Property(p => p.StoragePath).HasMaxLength(300).IsRequired();
        b.Property(p => p.UploadedBy).HasMaxLength(64);
        b.HasIndex(p => p.WorkOrderId);
        b.HasOne<WorkOrder>().WithMany().HasForeignKey(p => p.WorkOrderId).OnDelete(DeleteBehavior.Cascade);
    }
}
